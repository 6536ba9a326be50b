// Our own variant of a Java-style C# port's acoustic output layer: a static SpanMath utility class of the same file
// writes each frame's shifted exps in place over an offset/count range (as ExpShiftedInPlace helpers in Encog/Weka-like
// ports do), then the layer normalises with one whole-array Total(frames) in a second pass.
// Layout: flat row-major double[frames · classes]. Bug (LG0002, at the call): every frame is divided by the sum of all frames.
using System;

namespace Recreations.MemberChain_RangedExpWholeSum;

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

    public static double Total(double[] data)
    {
        var total = 0.0;
        foreach (var value in data)
        {
            total += value;
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
        }

        var z = SpanMath.Total(frames); //~ LG0002
        for (var n = 0; n < frames.Length; n++)
        {
            frames[n] /= z;
        }
    }
}
