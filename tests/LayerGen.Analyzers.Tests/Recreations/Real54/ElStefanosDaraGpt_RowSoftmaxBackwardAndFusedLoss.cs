// Source: ElStefanos/DaraGPT DaraGPT/Math/MatrixUtils.cs:45 (Softmax), :100 (SoftmaxBackward); DaraGPT/Train/Loss.cs:5
// (CrossEntropy), :30 (CrossEntropySeqBatch) at 1671d7a3224a (re-created, not copied)
// Layout: attention scores as float[rows, cols], softmax per row i (row max, exp(a − max) summed, then recomputed
// times 1/sum); the backward pass per row (dY − ⟨dY, Y⟩)·Y; the loss on one row of vocabulary logits (max,
// log-sum-exp, log-probability of the target, gradient softmax − onehot), and a [B, T, V] flat buffer whose rows
// are copied out with Array.Copy and passed to it.
// Label: correct ×4 (per-row max and sum, O(n) backward, fused log-softmax loss, per-row loss over a flat batch).
using System;

namespace Recreations.ElStefanosDaraGpt_RowSoftmaxBackwardAndFusedLoss;

/// <summary>Matrix helpers used by the attention block.</summary>
public static class MatrixUtils
{
    /// <summary>Row-wise softmax.</summary>
    public static float[,] Softmax(float[,] a)
    {
        var rows = a.GetLength(0);
        var cols = a.GetLength(1);
        var result = new float[rows, cols];
        for (var i = 0; i < rows; i++)
        {
            var max = float.NegativeInfinity;
            for (var j = 0; j < cols; j++)
            {
                if (a[i, j] > max)
                {
                    max = a[i, j];
                }
            }

            var sum = 0f;
            for (var j = 0; j < cols; j++)
            {
                sum += MathF.Exp(a[i, j] - max);
            }

            var inv = 1f / sum;
            for (var j = 0; j < cols; j++)
            {
                result[i, j] = MathF.Exp(a[i, j] - max) * inv;
            }
        }

        return result;
    }

    /// <summary>Backward of the row softmax: dX = (dY − Σ dY·Y)·Y per row.</summary>
    public static float[,] SoftmaxBackward(float[,] y, float[,] dY)
    {
        var r = y.GetLength(0);
        var c = y.GetLength(1);
        var dX = new float[r, c];
        for (var i = 0; i < r; i++)
        {
            var dot = 0f;
            for (var j = 0; j < c; j++)
            {
                dot += dY[i, j] * y[i, j];
            }

            for (var j = 0; j < c; j++)
            {
                dX[i, j] = (dY[i, j] - dot) * y[i, j];
            }
        }

        return dX;
    }
}

/// <summary>Cross-entropy from logits.</summary>
public static class Loss
{
    /// <summary>Loss of one row of logits and its gradient softmax − onehot.</summary>
    public static float CrossEntropy(float[] logits, int targetId, out float[] dLogits)
    {
        var v = logits.Length;
        dLogits = new float[v];
        var max = float.NegativeInfinity;
        for (var i = 0; i < v; i++)
        {
            if (logits[i] > max)
            {
                max = logits[i];
            }
        }

        var sumExp = 0f;
        for (var i = 0; i < v; i++)
        {
            sumExp += MathF.Exp(logits[i] - max);
        }

        var logProb = logits[targetId] - max - MathF.Log(sumExp);
        var loss = -logProb;

        var invSum = 1f / sumExp;
        for (var i = 0; i < v; i++)
        {
            dLogits[i] = MathF.Exp(logits[i] - max) * invSum;
        }

        dLogits[targetId] -= 1f;
        return loss;
    }

    /// <summary>Mean loss over a flat [B, T, V] buffer, each (b, t) row copied out and scored.</summary>
    public static float CrossEntropySeqBatch(float[] logitsBTV, int b, int t, int v, int[][] targetsB, bool useOnlyLast, out float[] dLogitsBTV)
    {
        dLogitsBTV = new float[b * t * v];
        var total = 0f;
        var denom = useOnlyLast ? b : b * t;
        if (useOnlyLast)
        {
            for (var bi = 0; bi < b; bi++)
            {
                var ti = t - 1;
                var off = ((bi * t) + ti) * v;
                var row = new float[v];
                Array.Copy(logitsBTV, off, row, 0, v);
                total += CrossEntropy(row, targetsB[bi][ti], out var dRow);
                Array.Copy(dRow, 0, dLogitsBTV, off, v);
            }
        }
        else
        {
            for (var bi = 0; bi < b; bi++)
            {
                for (var ti = 0; ti < t; ti++)
                {
                    var off = ((bi * t) + ti) * v;
                    var row = new float[v];
                    Array.Copy(logitsBTV, off, row, 0, v);
                    total += CrossEntropy(row, targetsB[bi][ti], out var dRow);
                    Array.Copy(dRow, 0, dLogitsBTV, off, v);
                }
            }
        }

        return total / denom;
    }
}
