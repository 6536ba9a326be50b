// HeldOut28. Idiom: a static MathUtil class in the same file with range helpers (Max over offset/count, in-place
// shifted exp over offset/count) and a whole-array Sum; the layer calls them per row, then normalises in a second pass.
// Use: per-frame phoneme posteriors of an acoustic model. Layout: flat row-major float[frames · phonemes].
// Bug LG0002: the second pass divides by MathUtil.Sum(buffer), the sum over every frame, not each frame's own sum.
using System;

namespace LayerGen.HeldOut28.MathUtilSum_CallerPassesFlatBatch;

/// <summary>Array helpers.</summary>
public static class MathUtil
{
    public static float Max(float[] a, int offset, int count)
    {
        var m = a[offset];
        for (var i = offset + 1; i < offset + count; i++)
        {
            if (a[i] > m) m = a[i];
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
        for (var i = 0; i < a.Length; i++)
        {
            s += a[i];
        }

        return s;
    }
}

/// <summary>Posteriors of every frame.</summary>
public sealed class PhonemePosteriorLayer(int phonemes)
{
    public void Forward(float[] frames)
    {
        var count = frames.Length / phonemes;
        for (var f = 0; f < count; f++)
        {
            var offset = f * phonemes;
            MathUtil.ExpShiftedInPlace(frames, offset, phonemes, MathUtil.Max(frames, offset, phonemes));
        }

        var norm = MathUtil.Sum(frames); //~ LG0002
        for (var i = 0; i < frames.Length; i++)
        {
            frames[i] /= norm;
        }
    }
}
