// HeldOut58 — a MATLAB vectorised softmax "mx = max(X, [], 2); E = exp(X - mx); s = sum(E, 2); P = E ./ s;" ported
// to C# as four separate passes over the whole matrix (max pass, exp pass, sum pass, divide pass), with the keepdims
// temporaries mx and s as arrays. Our own code.
// Layout: float[,] row-major [batch, classes]; softmax per row.
// Correct.
using System;

namespace HeldOut58.SeparatePasses_RowBuffers;

public static class MatlabPasses
{
    public static float[,] Softmax(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var mx = new float[batch];
        var s = new float[batch];
        var e = new float[batch, classes];

        // pass 1: mx = max(X, [], 2)
        for (int i = 0; i < batch; i++)
        {
            mx[i] = x[i, 0];
            for (int j = 1; j < classes; j++)
            {
                if (x[i, j] > mx[i])
                {
                    mx[i] = x[i, j];
                }
            }
        }

        // pass 2: E = exp(X - mx)
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < classes; j++)
            {
                e[i, j] = MathF.Exp(x[i, j] - mx[i]);
            }
        }

        // pass 3: s = sum(E, 2)
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < classes; j++)
            {
                s[i] += e[i, j];
            }
        }

        // pass 4: P = E ./ s
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < classes; j++)
            {
                e[i, j] /= s[i];
            }
        }

        return e;
    }
}
