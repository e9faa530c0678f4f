# A small simulation using dicts, lists, closures and exceptions (no classes).
def make_bank():
    accounts = {}
    log = []
    def open_account(name, initial=0):
        if name in accounts:
            raise ValueError(f"account {name!r} exists")
        accounts[name] = initial
        log.append(("open", name, initial))
    def transfer(src, dst, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if accounts[src] < amount:
            raise RuntimeError(f"insufficient funds in {src}: {accounts[src]} < {amount}")
        accounts[src] -= amount
        accounts[dst] += amount
        log.append(("transfer", src, dst, amount))
    def report():
        return sorted(accounts.items())
    return open_account, transfer, report, log
open_account, transfer, report, log = make_bank()
open_account("alice", 100)
open_account("bob", 50)
open_account("carol")
ops = [("alice", "bob", 30), ("bob", "carol", 100), ("carol", "alice", 0), ("bob", "dave", 5), ("bob", "carol", 80)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
    except KeyError as e:
        print("unknown account", e)
try:
    open_account("alice")
except ValueError as e:
    print(e)
print(report())
print(len(log), log[-1])
print(sum(v for _, v in report()))
