import { parentPort, workerData } from 'node:worker_threads';
import { extractText, type ExtractionRequest } from './text-extraction.js';

// Text extraction in its own thread: pdfjs parses a 300-page PDF for seconds, synchronously
// between its awaits, and a hostile file may try to make it run or grow without end. Here it
// neither freezes the shells' event loop nor can take the core down: the thread has a heap
// limit and the core terminates it after a timeout (document-text.ts).

void extractText(workerData as ExtractionRequest).then((outcome) =>
  parentPort!.postMessage(outcome),
);
