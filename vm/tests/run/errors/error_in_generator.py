# Uncaught exception raised inside a generator propagates to the consumer.
def gen():
    yield 1
    yield 2
    raise KeyError("gen-key")
for v in gen():
    print("got", v)
