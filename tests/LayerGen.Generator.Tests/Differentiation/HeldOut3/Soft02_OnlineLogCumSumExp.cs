// expect: gradient
// torch.logcumsumexp over a row, written as the one-pass "online softmax" normaliser (Milakov & Gimelshein 2018):
// a running max m and a running sum s rescaled when the max grows, y[i] = m + log s. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class OnlineLogCumSumExp
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double m = double.NegativeInfinity;
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            if (v > m)
            {
                s = s * Math.Exp(m - v) + 1.0;
                m = v;
            }
            else
            {
                s += Math.Exp(v - m);
            }
            y[i] = m + Math.Log(s);
        }
    }
}
