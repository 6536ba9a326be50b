// Idiom: online (one-pass) softmax statistics kept in an array of structs and updated through
// `ref RunningStats st = ref stats[b]`: on a new max the running sum is rescaled by `Math.Exp(old - new)`.
// Use: per-sample softmax of a batch. Layout: double[batch, classes] (row-major 2D array), output new array.
// Correct: stats[b] is per sample; every exponent is ≤ 0 (the running max is subtracted); final exps use the row max.
// Our own code.
using System;

namespace HeldOut76.RefStateOnline_PerRowTuple;

public struct RunningStats
{
    public double Max;
    public double Sum;
}

public static class Online
{
    public static double[,] Softmax(double[,] x)
    {
        int batch = x.GetLength(0), classes = x.GetLength(1);
        var stats = new RunningStats[batch];
        for (int b = 0; b < batch; b++)
        {
            ref RunningStats st = ref stats[b];
            st.Max = double.NegativeInfinity;
            st.Sum = 0.0;
            for (int c = 0; c < classes; c++)
            {
                double v = x[b, c];
                if (v > st.Max)
                {
                    st.Sum = st.Sum * Math.Exp(st.Max - v) + 1.0;
                    st.Max = v;
                }
                else
                {
                    st.Sum += Math.Exp(v - st.Max);
                }
            }
        }

        var y = new double[batch, classes];
        for (int b = 0; b < batch; b++)
        {
            ref readonly RunningStats st = ref stats[b];
            for (int c = 0; c < classes; c++)
            {
                y[b, c] = Math.Exp(x[b, c] - st.Max) / st.Sum;
            }
        }

        return y;
    }
}
