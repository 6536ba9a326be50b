// known gap: the recursive Seg.Query over the batch is not read as a max, so exp(x - shift[c]) is judged unshifted
// gap: -LG0004@87 +LG0003@95
// Idiom: a pointer-based recursive segment tree (Seg.Build(lo, hi) with Left/Right children, Seg.Query(lo, hi)), one
// tree per class column.
// Use: per-sample softmax over classes; the column trees are kept for range queries over samples.
// Layout: float[batch, classes], row-major.
// Bug (LG0004): the shift of class c is that column's tree queried over the whole batch — a max down the batch
// axis — while the sum runs over the classes of one sample. Marked at the query whose result is subtracted.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.SegmentTree_ClassColumnTrees;

public sealed class Seg
{
    private Seg(int lo, int hi, float max, Seg? left, Seg? right)
    {
        Lo = lo;
        Hi = hi;
        Max = max;
        Left = left;
        Right = right;
    }

    public int Lo { get; }

    public int Hi { get; }

    public float Max { get; }

    public Seg? Left { get; }

    public Seg? Right { get; }

    public static Seg Build(float[] column, int lo, int hi)
    {
        if (lo == hi)
        {
            return new Seg(lo, hi, column[lo], null, null);
        }

        int mid = (lo + hi) / 2;
        Seg left = Build(column, lo, mid);
        Seg right = Build(column, mid + 1, hi);
        return new Seg(lo, hi, MathF.Max(left.Max, right.Max), left, right);
    }

    public float Query(int lo, int hi)
    {
        if (hi < Lo || Hi < lo)
        {
            return float.NegativeInfinity;
        }

        if (lo <= Lo && Hi <= hi)
        {
            return Max;
        }

        return MathF.Max(Left?.Query(lo, hi) ?? float.NegativeInfinity, Right?.Query(lo, hi) ?? float.NegativeInfinity);
    }
}

public static class ColumnTrees
{
    public static float[,] Softmax(float[,] x)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        var trees = new Seg[classes];
        for (int c = 0; c < classes; c++)
        {
            var column = new float[batch];
            for (int b = 0; b < batch; b++)
            {
                column[b] = x[b, c];
            }

            trees[c] = Seg.Build(column, 0, batch - 1);
        }

        var y = new float[batch, classes];
        var shift = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            shift[c] = trees[c].Query(0, batch - 1); //~ LG0004
        }

        for (int b = 0; b < batch; b++)
        {
            float z = 0f;
            for (int c = 0; c < classes; c++)
            {
                y[b, c] = MathF.Exp(x[b, c] - shift[c]);
                z += y[b, c];
            }

            for (int c = 0; c < classes; c++)
            {
                y[b, c] /= z;
            }
        }

        return y;
    }
}
