# Prints the PyTorch 1.13 values CrossEntropyTests.Matches_pytorch checks against. Run: /usr/bin/python3 cross_entropy_pytorch.py
import torch, torch.nn.functional as F
torch.set_default_dtype(torch.float64)
z = torch.tensor([[0.5,-1.25,2.0,0.0],[1.5,0.25,-0.75,3.0],[-2.0,0.0,1.0,0.5]], requires_grad=True)
labels = torch.tensor([2,-100,1])
w = torch.tensor([1.0,2.0,0.5,1.5])
t = torch.tensor([[0.1,0.2,0.3,0.4],[0.0,0.0,1.0,0.0],[0.25,0.25,0.25,0.25]])
def run(name, **kw):
    z.grad=None
    tgt = kw.pop('target')
    loss = F.cross_entropy(z, tgt, **kw)
    red = kw.get('reduction','mean')
    if red == 'none':
        rows = loss.detach().tolist(); loss.sum().backward(); val = sum(rows)
    else:
        rows=None; loss.backward(); val = loss.item()
    print(name, repr(val), [round(v,17) for v in z.grad.flatten().tolist()], rows)
run('labels_mean', target=labels)
run('labels_sum_weights', target=labels, weight=w, reduction='sum')
run('labels_mean_weights_smooth', target=labels, weight=w, label_smoothing=0.2)
run('labels_none_smooth', target=labels, label_smoothing=0.1, reduction='none')
run('targets_mean_weights_smooth', target=t, weight=w, label_smoothing=0.3)
run('targets_none', target=t, reduction='none')
