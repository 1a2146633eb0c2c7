// msgpackr loads this inside try/catch and uses its own JavaScript decoder when it throws.
throw new Error('msgpackr-extract is replaced by a stand-in: msgpackr uses its JavaScript decoder');
