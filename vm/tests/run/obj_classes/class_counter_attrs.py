class Node:
    created = 0
    def __init__(self, val, parent=None):
        Node.created += 1
        self.val = val
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)
    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()
    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()
    def __repr__(self):
        return "Node(%r)" % self.val

root = Node("root")
a = Node("a", root)
b = Node("b", root)
Node("a1", a)
Node("a2", a)
Node("b1", b)
print(Node.created)
print([(n.val, n.depth()) for n in root.walk()])
print(root.children, a.children)
print(max(root.walk(), key=lambda n: n.depth()))
a.parent = None
root.children.remove(a)
print([n.val for n in root.walk()], [n.depth() for n in a.walk()])
