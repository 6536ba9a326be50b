// Source: curiosity-ai/catalyst Catalyst/src/Models/Embeddings/FastText/FastText.cs:1295, :1314 and
// Catalyst/src/Models/Embeddings/StarSpace/StarSpace.cs:786 (commit ce9baeb325c5) (re-created, not copied)
// Layout: Catalyst's C# port of fastText and StarSpace. FastText's per-thread state holds the hidden vector and the
// output buffer (one float[] per label); ComputeOutputSoftmax fills it with Wo·hidden, subtracts the maximum that a
// SIMD helper returns, exponentiates and scales by 1 / z; ComputeSoftmax calls it, updates the output matrix and
// returns −log(output[target]). StarSpace's TrainNLLBatch keeps one List<float> of scores per example of the batch
// (the positive first, then the sampled negatives), shifts each list by a maximum, normalises it and adds
// −log(prob[i][0]) to the batch loss.
// Label: ComputeOutputSoftmax correct; ComputeSoftmax LG0005 (log of the softmax output); TrainNLLBatch LG0005 (log of
// the positive's probability; its per-example softmax is shifted by an element of the same list, see README).
using System;
using System.Collections.Generic;

namespace Recreations.Real56.CuriosityAiCatalyst_FastTextSoftmaxLossAndStarSpaceBatch;

/// <summary>Stand-ins for Catalyst's SIMD span helpers.</summary>
internal static class SIMD
{
    public static float Max(float[] a)
    {
        float max = float.MinValue;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] > max)
            {
                max = a[i];
            }
        }

        return max;
    }

    public static void Multiply(float[] a, float b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            a[i] *= b;
        }
    }

    public static void Add(float[] a, float[] b)
    {
        for (int i = 0; i < a.Length; i++)
        {
            a[i] += b[i];
        }
    }

    public static void MultiplyAndAdd(float[] a, float[] b, float c)
    {
        for (int i = 0; i < a.Length; i++)
        {
            a[i] += b[i] * c;
        }
    }

    public static float DotProduct(float[] a, float[] b)
    {
        float sum = 0f;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}

/// <summary>A row-major weight matrix with the row operations fastText needs.</summary>
internal sealed class Matrix(int rows, int cols)
{
    private readonly float[][] _rows = CreateRows(rows, cols);

    public int Rows => _rows.Length;

    public float[] GetRow(int i) => _rows[i];

    public float DotRow(float[] vector, int i) => SIMD.DotProduct(_rows[i], vector);

    public void AddToRow(float[] vector, int i, float alpha) => SIMD.MultiplyAndAdd(_rows[i], vector, alpha);

    private static float[][] CreateRows(int rows, int cols)
    {
        var result = new float[rows][];
        for (int i = 0; i < rows; i++)
        {
            result[i] = new float[cols];
        }

        return result;
    }
}

/// <summary>fastText's per-thread buffers.</summary>
internal sealed class ThreadState(int dimensions, int labels)
{
    public float[] Hidden { get; } = new float[dimensions];

    public float[] Output { get; } = new float[labels];

    public float[] Gradient { get; } = new float[dimensions];
}

/// <summary>The softmax loss of Catalyst's fastText port.</summary>
internal sealed class FastText(int dimensions, int labels)
{
    private readonly Matrix Wo = new(labels, dimensions);

    /// <summary>One training step of the softmax loss; returns the example's loss.</summary>
    public float ComputeSoftmax(ThreadState state, int target, float lr, bool addToOutput = true)
    {
        ComputeOutputSoftmax(state);
        if (addToOutput)
        {
            Array.Clear(state.Gradient, 0, state.Gradient.Length);
            for (int i = 0; i < Wo.Rows; i++)
            {
                float label = (i == target) ? 1.0f : 0.0f;
                float alpha = lr * (label - state.Output[i]);
                SIMD.Add(state.Gradient, Wo.GetRow(i));

                Wo.AddToRow(state.Hidden, i, alpha);
            }
        }

        return (float)(-Math.Log(state.Output[target])); //~ LG0005
    }

    /// <summary>The label probabilities of the hidden vector, written into the state's output buffer.</summary>
    public void ComputeOutputSoftmax(ThreadState state)
    {
        float z = 0.0f;
        float[] hidden = state.Hidden;
        float[] output = state.Output;

        for (int i = 0; i < output.Length; i++)
        {
            output[i] = Wo.DotRow(hidden, i);
        }

        float max = SIMD.Max(output);

        for (int i = 0; i < output.Length; i++)
        {
            output[i] = (float)Math.Exp(output[i] - max);
            z += output[i];
        }

        z = 1.0f / z;
        SIMD.Multiply(output, z);
    }
}

/// <summary>StarSpace's per-thread batch buffers: one score list and one gradient per example.</summary>
internal sealed class StarSpaceState(int batchSize, int negatives, int dimensions)
{
    public float[][] Lhs { get; } = Rows(batchSize, dimensions);

    public float[][] RhsP { get; } = Rows(batchSize, dimensions);

    public float[][] RhsN { get; } = Rows(negatives, dimensions);

    public float[][] GradW { get; } = Rows(batchSize, dimensions);

    public float[][] NRate { get; } = Rows(batchSize, negatives);

    public List<float>[] Prob { get; } = Lists(batchSize);

    /// <summary>Whether negative j of the batch is example i's own positive (then it is skipped).</summary>
    public bool[][] SameAsPositive { get; } = Flags(batchSize, negatives);

    private static float[][] Rows(int count, int width)
    {
        var rows = new float[count][];
        for (int i = 0; i < count; i++)
        {
            rows[i] = new float[width];
        }

        return rows;
    }

    private static List<float>[] Lists(int count)
    {
        var lists = new List<float>[count];
        for (int i = 0; i < count; i++)
        {
            lists[i] = new List<float>();
        }

        return lists;
    }

    private static bool[][] Flags(int count, int width)
    {
        var flags = new bool[count][];
        for (int i = 0; i < count; i++)
        {
            flags[i] = new bool[width];
        }

        return flags;
    }
}

/// <summary>StarSpace's negative-log-likelihood batch step.</summary>
internal sealed class StarSpace
{
    /// <summary>The batch loss over the positive and the sampled negatives of every example.</summary>
    public float TrainNLLBatch(StarSpaceState state, int batchSize, int negSearchLimit, float rate0)
    {
        Span<float> labelRate = stackalloc float[batchSize];
        Span<float> loss = stackalloc float[batchSize];
        Span<int> numNegs = stackalloc int[batchSize];
        float totalLoss = 0f;

        for (int i = 0; i < batchSize; i++)
        {
            labelRate[i] = rate0;
        }

        var index = new List<int>();

        for (int i = 0; i < batchSize; i++)
        {
            index.Clear();

            int clsCnt = 1;
            state.Prob[i].Clear();
            state.Prob[i].Add(SIMD.DotProduct(state.Lhs[i], state.RhsP[i]));
            float max = state.Prob[i][0];

            for (int j = 0; j < negSearchLimit; j++)
            {
                state.NRate[i][j] = 0f;
                if (state.SameAsPositive[i][j])
                {
                    continue;
                }

                state.Prob[i].Add(SIMD.DotProduct(state.Lhs[i], state.RhsN[j]));
                max = Math.Max(state.Prob[i][0], state.Prob[i][clsCnt]);
                index.Add(j);
                clsCnt += 1;
            }

            loss[i] = 0f;

            if (clsCnt == 1)
            {
                continue;
            }

            numNegs[i] = clsCnt - 1;
            float fbase = 0;
            for (int j = 0; j < clsCnt; j++)
            {
                state.Prob[i][j] = (float)Math.Exp(state.Prob[i][j] - max);
                fbase += state.Prob[i][j];
            }

            fbase = 1f / fbase;
            for (int j = 0; j < clsCnt; j++)
            {
                state.Prob[i][j] *= fbase;
            }

            loss[i] = (float)-Math.Log(state.Prob[i][0]); //~ LG0005
            totalLoss += loss[i];

            Array.Copy(state.RhsP[i], state.GradW[i], state.GradW[i].Length);
            SIMD.Multiply(state.GradW[i], state.Prob[i][0] - 1);
            for (int j = 1; j < clsCnt; j++)
            {
                var inj = index[j - 1];
                SIMD.MultiplyAndAdd(state.GradW[i], state.RhsN[inj], state.Prob[i][j]);
                state.NRate[i][inj] = state.Prob[i][j] * rate0;
            }

            labelRate[i] = (state.Prob[i][0] - 1) * rate0;
        }

        return totalLoss;
    }
}
