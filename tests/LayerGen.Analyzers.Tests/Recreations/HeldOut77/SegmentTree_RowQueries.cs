// Idiom: a recursive segment tree (Build / Query over [l, r] split at the middle) built once over the whole buffer,
// then queried with each row's range.
// Use: batched softmax where the max tree is shared with range-max queries elsewhere.
// Layout: flat double[batch * classes], row-major; tree array of 4n nodes.
// Correct: Build folds the whole buffer into the tree, but each row's shift is Query(o, o + classes - 1), that row's
// own max.
// Our own code.
#nullable enable
using System;

namespace HeldOut77.SegmentTree_RowQueries;

public sealed class MaxTree
{
    private readonly double[] _t;
    private readonly int _n;

    public MaxTree(double[] data)
    {
        _n = data.Length;
        _t = new double[4 * _n];
        Build(data, 1, 0, _n - 1);
    }

    private void Build(double[] a, int node, int l, int r)
    {
        if (l == r)
        {
            _t[node] = a[l];
            return;
        }

        int m = (l + r) / 2;
        Build(a, 2 * node, l, m);
        Build(a, (2 * node) + 1, m + 1, r);
        _t[node] = Math.Max(_t[2 * node], _t[(2 * node) + 1]);
    }

    public double Query(int lo, int hi) => Query(1, 0, _n - 1, lo, hi);

    private double Query(int node, int l, int r, int lo, int hi)
    {
        if (hi < l || r < lo)
        {
            return double.NegativeInfinity;
        }

        if (lo <= l && r <= hi)
        {
            return _t[node];
        }

        int m = (l + r) / 2;
        return Math.Max(Query(2 * node, l, m, lo, hi), Query((2 * node) + 1, m + 1, r, lo, hi));
    }
}

public static class RowQueries
{
    public static double[] Softmax(double[] x, int classes)
    {
        var tree = new MaxTree(x);
        var y = new double[x.Length];
        for (int o = 0; o < x.Length; o += classes)
        {
            double m = tree.Query(o, o + classes - 1);
            double s = 0.0;
            for (int j = o; j < o + classes; j++)
            {
                y[j] = Math.Exp(x[j] - m);
                s += y[j];
            }

            for (int j = o; j < o + classes; j++)
            {
                y[j] /= s;
            }
        }

        return y;
    }
}
