// Idiom: Java-style static `ArrayUtils.max(float[] a, int from, int to)` and `ArrayUtils.sumExp(float[] a, int from,
// int to, float shift)` helpers over a flat buffer, each given one row's `[from, to)` range.
// Use: per-sample class probabilities. Layout: flat row-major float[samples * classes]; MathF.Exp inside a helper.
// Correct (helpers given one slice; the shifted exp is inside the helper). Our own code.
using System;

namespace HeldOut91.ArrayUtilsRange_FromTo;

public static class ArrayUtils
{
    public static float max(float[] a, int from, int to)
    {
        float m = a[from];
        for (int i = from + 1; i < to; i++) if (a[i] > m) m = a[i];
        return m;
    }

    public static float sumExp(float[] a, int from, int to, float shift, float[] dest)
    {
        float s = 0f;
        for (int i = from; i < to; i++)
        {
            dest[i] = MathF.Exp(a[i] - shift);
            s += dest[i];
        }
        return s;
    }
}

public static class Softmax
{
    public static float[] forward(float[] logits, int numClasses)
    {
        float[] probs = new float[logits.Length];
        for (int from = 0; from < logits.Length; from += numClasses)
        {
            int to = from + numClasses;
            float m = ArrayUtils.max(logits, from, to);
            float z = ArrayUtils.sumExp(logits, from, to, m, probs);
            for (int i = from; i < to; i++) probs[i] /= z;
        }
        return probs;
    }
}
