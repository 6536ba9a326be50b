// Variants (our own code) of the static utility classes that Java-style C# ports (Weka/Encog-like ArrayUtils, MathUtil,
// Vec) call from a layer: the max, the in-place shifted exp, the sum and an array-returning exp live in a static class
// of the same file, and the layer passes them a row range, the whole flat batch or raw scores.
// Layouts: flat row-major float[frames · width]; one double[] of scores per call.
// Bugs: LG0002 (the whole-array Sum of every frame divides each frame: at the call), LG0003 (the exp utility is given
// the raw scores: at the call). Correct twins: the per-frame ranged Sum; the exp utility given scores minus their max.
using System;

namespace Recreations.CrossType_StaticUtilities;

public static class FrameMath
{
    public static float Max(float[] a, int offset, int count)
    {
        var m = a[offset];
        for (var i = offset + 1; i < offset + count; i++)
        {
            m = MathF.Max(m, a[i]);
        }

        return m;
    }

    public static void ExpShiftedInPlace(float[] a, int offset, int count, float shift)
    {
        for (var i = offset; i < offset + count; i++)
        {
            a[i] = MathF.Exp(a[i] - shift);
        }
    }

    public static float Sum(float[] a)
    {
        var s = 0f;
        foreach (var v in a)
        {
            s += v;
        }

        return s;
    }

    public static float Sum(float[] a, int offset, int count)
    {
        var s = 0f;
        for (var i = offset; i < offset + count; i++)
        {
            s += a[i];
        }

        return s;
    }
}

public sealed class FramePosteriors(int width)
{
    public void WholeBatchNorm(float[] frames)
    {
        var count = frames.Length / width;
        for (var f = 0; f < count; f++)
        {
            var peak = FrameMath.Max(frames, f * width, width);
            FrameMath.ExpShiftedInPlace(frames, f * width, width, peak);
        }

        var norm = FrameMath.Sum(frames); //~ LG0002
        for (var f = 0; f < count; f++)
        {
            for (var j = 0; j < width; j++)
            {
                frames[(f * width) + j] /= norm;
            }
        }
    }

    public void PerFrameNorm(float[] frames)
    {
        var count = frames.Length / width;
        for (var f = 0; f < count; f++)
        {
            var peak = FrameMath.Max(frames, f * width, width);
            FrameMath.ExpShiftedInPlace(frames, f * width, width, peak);
            var norm = FrameMath.Sum(frames, f * width, width);
            for (var j = 0; j < width; j++)
            {
                frames[(f * width) + j] /= norm;
            }
        }
    }
}

public static class VecOps
{
    public static double[] Exp(double[] a)
    {
        var r = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            r[i] = Math.Exp(a[i]);
        }

        return r;
    }

    public static double[] Subtract(double[] a, double v)
    {
        var r = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            r[i] = a[i] - v;
        }

        return r;
    }

    public static double Max(double[] a)
    {
        var m = double.NegativeInfinity;
        foreach (var v in a)
        {
            if (v > m) m = v;
        }

        return m;
    }

    public static double Sum(double[] a)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i];
        }

        return s;
    }
}

public static class Ranking
{
    public static double[] RawScores(double[] scores)
    {
        var e = VecOps.Exp(scores); //~ LG0003
        var total = VecOps.Sum(e);
        var p = new double[e.Length];
        for (var i = 0; i < e.Length; i++)
        {
            p[i] = e[i] / total;
        }

        return p;
    }

    public static double[] ShiftedScores(double[] scores)
    {
        var e = VecOps.Exp(VecOps.Subtract(scores, VecOps.Max(scores)));
        var total = VecOps.Sum(e);
        var p = new double[e.Length];
        for (var i = 0; i < e.Length; i++)
        {
            p[i] = e[i] / total;
        }

        return p;
    }
}
