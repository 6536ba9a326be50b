// HeldOut58 — a NumPy "np.exp(x) / np.sum(np.exp(x), axis=1, keepdims=True)" (the textbook form without the max)
// ported with LINQ over an enumerable of float rows. Our own code.
// Layout: IEnumerable<float[]> [batch][classes] in, float[][] out; softmax per row.
// Bug: LG0003 — exp of the raw logits feeds the normalisation (float overflows above ~88).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut58.Linq_RawExpFloat;

public static class NumpyLinq
{
    public static float[][] Softmax(IEnumerable<float[]> logits)
    {
        return logits
            .Select(row =>
            {
                float[] e = row.Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
                float sum = e.Sum();
                return e.Select(v => v / sum).ToArray();
            })
            .ToArray();
    }
}
