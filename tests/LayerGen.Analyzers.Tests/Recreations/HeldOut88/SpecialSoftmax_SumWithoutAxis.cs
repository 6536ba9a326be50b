// Idiom: a port of `e = np.exp(x - x.max(axis=axis, keepdims=True)); return e / e.sum()` — the max keeps the axis,
// the sum forgot it — written as a float[,] helper with an axis argument and `foreach (float v in e)` over the 2-D array.
// Use: topic distributions per document, activations stored (topics, documents), called with axis: 0.
// Layout: float[topics, documents]; softmax down each column (axis 0).
// Bug: LG0002 — `foreach` over a float[,] visits every element, so the total spans every document.
// Our own code.
#nullable enable
using System;

namespace HeldOut88.SpecialSoftmax_SumWithoutAxis;

public static class TopicModel
{
    public static float[,] Softmax(float[,] x, int axis)
    {
        if (axis != 0) throw new NotSupportedException("columns only");
        int topics = x.GetLength(0), docs = x.GetLength(1);
        var e = new float[topics, docs];
        for (int d = 0; d < docs; d++)
        {
            float colMax = float.NegativeInfinity;
            for (int t = 0; t < topics; t++) colMax = MathF.Max(colMax, x[t, d]);
            for (int t = 0; t < topics; t++) e[t, d] = MathF.Exp(x[t, d] - colMax);
        }

        float total = 0f;
        foreach (float v in e) total += v; //~ LG0002
        for (int t = 0; t < topics; t++)
            for (int d = 0; d < docs; d++)
                e[t, d] /= total;
        return e;
    }

    public static float[,] DocumentTopics(float[,] scores) => Softmax(scores, axis: 0);
}
