// Idiom: a named-tuple accumulator `(double Peak, double Mass)` updated field by field.
// Use: softmax over each row of a rectangular [batch, classes] array (mini-batch output).
// Layout: double[batch, classes], row-major.
// Bug (LG0002): acc.Peak is reset per row, acc.Mass is not: it keeps the exps of every earlier row.
// Our own code.
#nullable enable
using System;

namespace HeldOut85.TupleStats_CarriedMass;

public static class MiniBatch
{
    public static double[,] Softmax(double[,] z)
    {
        int batch = z.GetLength(0), classes = z.GetLength(1);
        var p = new double[batch, classes];
        (double Peak, double Mass) acc = (double.NegativeInfinity, 0.0);
        for (int b = 0; b < batch; b++)
        {
            acc.Peak = double.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                acc.Peak = Math.Max(acc.Peak, z[b, c]);
            for (int c = 0; c < classes; c++)
            {
                p[b, c] = Math.Exp(z[b, c] - acc.Peak);
                acc.Mass += p[b, c]; //~ LG0002
            }

            for (int c = 0; c < classes; c++)
                p[b, c] /= acc.Mass;
        }

        return p;
    }
}
