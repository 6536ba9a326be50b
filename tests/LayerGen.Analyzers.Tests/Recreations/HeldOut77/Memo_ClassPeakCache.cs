// Idiom: memoised recursion with a Dictionary<(int Class, int Upto), float> cache — Peak(c, upto) over samples 0..upto.
// Use: per-sample class probabilities, the cached class peaks reused across calls.
// Layout: jagged float[batch][classes].
// Bug (LG0004): the cached peak of class c runs down the batch axis; the sum runs over the classes of one sample.
// Marked at the line that stores the recursion's result as the shift.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;

namespace HeldOut77.Memo_ClassPeakCache;

public sealed class ClassPeaks
{
    private readonly float[][] _x;
    private readonly Dictionary<(int Class, int Upto), float> _memo = new();

    public ClassPeaks(float[][] x) => _x = x;

    private float Peak(int c, int upto)
    {
        if (_memo.TryGetValue((c, upto), out float hit))
        {
            return hit;
        }

        float v = upto == 0 ? _x[0][c] : MathF.Max(Peak(c, upto - 1), _x[upto][c]);
        _memo[(c, upto)] = v;
        return v;
    }

    public float[][] Softmax()
    {
        int classes = _x[0].Length;
        var peak = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            peak[c] = Peak(c, _x.Length - 1); //~ LG0004
        }

        var y = new float[_x.Length][];
        for (int b = 0; b < _x.Length; b++)
        {
            var e = new float[classes];
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                e[c] = MathF.Exp(_x[b][c] - peak[c]);
                z += e[c];
            }

            for (int c = 0; c < classes; c++)
            {
                e[c] /= z;
            }

            y[b] = e;
        }

        return y;
    }
}
