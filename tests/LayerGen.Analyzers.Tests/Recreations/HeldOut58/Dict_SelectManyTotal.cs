// HeldOut58 — a Python dict port "e = {k: np.exp(v - v.max()) for k, v in d.items()}; z = sum(np.concatenate(list(
// e.values())))" where z was meant per key: the C# spelling concatenates the values with SelectMany. Our own code.
// Layout: Dictionary<int, double[]> keyed by sample id; softmax per key.
// Bug: LG0002 — the normaliser sums every key's terms.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut58.Dict_SelectManyTotal;

public static class DictPort
{
    public static Dictionary<int, double[]> Softmax(Dictionary<int, double[]> logits)
    {
        var e = new Dictionary<int, double[]>();
        foreach (var (id, v) in logits)
        {
            double m = v.Max();
            e[id] = v.Select(t => Math.Exp(t - m)).ToArray();
        }

        double z = e.Values.SelectMany(t => t).Sum(); //~ LG0002
        var p = new Dictionary<int, double[]>();
        foreach (var (id, t) in e)
        {
            p[id] = t.Select(u => u / z).ToArray();
        }

        return p;
    }
}
