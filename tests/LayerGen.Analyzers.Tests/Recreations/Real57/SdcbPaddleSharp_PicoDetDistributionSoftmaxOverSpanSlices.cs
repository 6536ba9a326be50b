// Source: sdcb/PaddleSharp src/Sdcb.PaddleDetection/PaddleDetector.cs:305, :333, src/Sdcb.PaddleDetection/MathUtil.cs:25
// (commit ba5f6d05818f) (re-created, not copied)
// Layout: the PicoDet post-processing of a .NET Paddle detector. Each anchor's box regression is 4 × regCount bins
// (a distribution-focal-loss head); Prediction2Box slices the Span of the anchor into the 4 distributions
// (bboxPred.Slice(i * regCount, regCount)), takes each one's softmax and its expected bin Σ j · p_j, scaled by the
// stride. Softmax(Span<float>) takes the slice's maximum (seeded at float.MinValue), exp(x − max) through a
// MathUtil.Exp helper that wraps MathF.Exp, and a LINQ division by the sum. The source's MathUtil.Exp picks
// MathF.Exp or Math.Exp with #if NET6_0_OR_GREATER; the MathF branch is kept here.
// Label: Prediction2Box correct; Softmax correct.
using System;
using System.Linq;

namespace Recreations.Real57.SdcbPaddleSharp_PicoDetDistributionSoftmaxOverSpanSlices;

/// <summary>A stand-in for the detector's math shims.</summary>
internal static class MathUtil
{
    internal static float Exp(float x)
    {
        return MathF.Exp(x);
    }
}

/// <summary>A box by its edges.</summary>
internal readonly record struct Rect(int Left, int Top, int Right, int Bottom)
{
    public static Rect FromLTRB(int left, int top, int right, int bottom) => new(left, top, right, bottom);
}

/// <summary>The detector's box decoding.</summary>
internal static class PaddleDetector
{
    /// <summary>The box of the anchor at cell (x, y) from its four bin distributions.</summary>
    public static Rect Prediction2Box(Span<float> bboxPred, int x, int y, int stride, int width, int height, int regCount)
    {
        float centreX = (float)((x + 0.5) * stride);
        float centreY = (float)((y + 0.5) * stride);
        float[] disPred = new float[4];

        for (int i = 0; i < 4; ++i)
        {
            float dis = 0;
            float[] afterSoftmax = Softmax(bboxPred.Slice(i * regCount, regCount));
            for (int j = 0; j < regCount; ++j)
            {
                dis += j * afterSoftmax[j];
            }

            dis *= stride;
            disPred[i] = dis;
        }

        return Rect.FromLTRB(
            (int)Math.Max(centreX - disPred[0], 0),
            (int)Math.Max(centreY - disPred[1], 0),
            (int)Math.Min(centreX + disPred[2], width),
            (int)Math.Min(centreY + disPred[3], height));
    }

    /// <summary>The softmax of one bin distribution.</summary>
    private static float[] Softmax(Span<float> src)
    {
        float alpha = float.MinValue;
        for (int i = 0; i < src.Length; ++i)
        {
            if (src[i] > alpha)
            {
                alpha = src[i];
            }
        }

        float[] dest = new float[src.Length];
        float denominator = 0;
        for (int i = 0; i < src.Length; ++i)
        {
            dest[i] = MathUtil.Exp(src[i] - alpha);
            denominator += dest[i];
        }

        return dest.Select(x => x / denominator).ToArray();
    }
}
