// Idiom: a generic layer class over generic math — `DenseHead<T>` with a `T[classes, batch]` activation matrix, sums
// per column with `T.Zero`/`+=`, `T.Exp`.
// Use: the softmax of a dense layer's output Z = W·X, one column per sample.
// Layout: T[classes, batch], column-major (softmax down each column).
// Bug: LG0003 — `T.Exp(z[c, b])` of the raw logits, no max subtracted (overflow to ∞, then NaN).
// Our own code.
#nullable enable
using System;
using System.Numerics;

namespace HeldOut74.GenericLayer_RawColumnExp;

public class DenseHead<T>
    where T : IFloatingPointIeee754<T>
{
    public T[,] Probabilities(T[,] z)
    {
        int classes = z.GetLength(0);
        int batch = z.GetLength(1);
        var p = new T[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            T norm = T.Zero;
            for (int c = 0; c < classes; c++)
            {
                p[c, b] = T.Exp(z[c, b]); //~ LG0003
                norm += p[c, b];
            }

            for (int c = 0; c < classes; c++)
            {
                p[c, b] /= norm;
            }
        }

        return p;
    }
}
