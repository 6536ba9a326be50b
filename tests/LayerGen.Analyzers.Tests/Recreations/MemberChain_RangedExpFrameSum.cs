// Our own variant of a Java-style C# port's acoustic output layer: a static SpanMath utility class of the same file
// writes each frame's shifted exps in place over an offset/count range, then the layer divides each frame by that
// frame's own ranged total. Layout: flat row-major double[frames · classes]. Correct (the twin of
// MemberChain_RangedExpWholeSum).
using System;

namespace Recreations.MemberChain_RangedExpFrameSum;

public static class SpanMath
{
    public static double PeakOf(double[] data, int start, int length)
    {
        var peak = double.NegativeInfinity;
        for (var k = start; k < start + length; k++)
        {
            peak = Math.Max(peak, data[k]);
        }

        return peak;
    }

    public static void ExpInPlace(double[] data, int start, int length, double peak)
    {
        for (var k = start; k < start + length; k++)
        {
            data[k] = Math.Exp(data[k] - peak);
        }
    }

    public static double Total(double[] data, int start, int length)
    {
        var total = 0.0;
        for (var k = start; k < start + length; k++)
        {
            total += data[k];
        }

        return total;
    }
}

public sealed class FrameClassifier(int classes)
{
    public void Posteriors(double[] frames)
    {
        for (var start = 0; start < frames.Length; start += classes)
        {
            SpanMath.ExpInPlace(frames, start, classes, SpanMath.PeakOf(frames, start, classes));
            var z = SpanMath.Total(frames, start, classes);
            for (var k = start; k < start + classes; k++)
            {
                frames[k] /= z;
            }
        }
    }
}
