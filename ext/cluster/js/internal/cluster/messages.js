// node:cluster's own messages between the primary and a worker: `{ cmd: 'NODE_CLUSTER',
// act, ... }` over the IPC channel (as 'internalMessage'). A message that awaits an
// answer carries `seq`; the answer carries the same number as `ack`.
(function () {
  'use strict';

  const callbacks = new Map();
  let seq = 0;

  // Sends `message` (with `handle`, a RawHandle, if given) to `proc`; `onAnswer(answer,
  // handle)` gets the other side's answer. False if the channel is closed.
  // `onSent(err)`, when given, hears whether the message went out: a worker that died
  // an instant ago fails the write (EPIPE) there, instead of as an 'error' event on its
  // process that would end the primary.
  function send(proc, message, handle, onAnswer, onSent) {
    if (!proc.connected) return false;
    const out = { cmd: 'NODE_CLUSTER', ...message };
    let answerSeq = -1;
    if (typeof onAnswer === 'function') {
      answerSeq = seq;
      out.seq = seq;
      callbacks.set(seq, onAnswer);
      seq++;
    }
    if (typeof onSent === 'function') {
      proc.send(out, handle, (err) => {
        if (err && answerSeq !== -1) callbacks.delete(answerSeq);
        onSent(err);
      });
    } else {
      proc.send(out, handle);
    }
    return true;
  }

  // An 'internalMessage' listener: answers go to the callback that waits for them, other
  // cluster messages to `handler`, both called with `self` as `this`.
  function receiver(self, handler) {
    return function onInternalMessage(message, handle) {
      if (message.cmd !== 'NODE_CLUSTER') return;
      if (message.ack !== undefined) {
        const onAnswer = callbacks.get(message.ack);
        if (onAnswer !== undefined) {
          callbacks.delete(message.ack);
          onAnswer.call(self, message, handle);
          return;
        }
      }
      handler.call(self, message, handle);
    };
  }

  return { send, receiver };
})();
