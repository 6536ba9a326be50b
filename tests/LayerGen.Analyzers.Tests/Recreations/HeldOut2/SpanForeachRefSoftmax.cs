// Re-creates: an in-place softmax over Span<double> with foreach-by-ref loops, as in allocation-free C# inference helpers
// Layout: 1-D Span<double>, foreach (ref double v in span)
// Expected: Correct
using System;

namespace HeldOut2.SpanForeachRefSoftmax;

public static class InPlace
{
    public static void Softmax(Span<double> values)
    {
        double max = double.NegativeInfinity;
        foreach (double v in values)
        {
            if (v > max) max = v;
        }

        double sum = 0;
        foreach (ref double v in values)
        {
            v = Math.Exp(v - max);
            sum += v;
        }

        foreach (ref double v in values)
        {
            v /= sum;
        }
    }
}
