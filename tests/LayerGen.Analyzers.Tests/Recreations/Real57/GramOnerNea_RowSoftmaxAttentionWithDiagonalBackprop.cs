// Source: GramOner-dev/NEA Scripts/MathsUtils.cs:56, :84, :128, :136, Scripts/SelfAttention.cs:39, :57, :99
// (commit 9ecb23d3f1be) (re-created, not copied)
// Layout: a student transformer in C# (a self-attention block, layer norm, mean pooling, a dense network) trained by
// hand. Matrix wraps a float[rows, cols] behind an [row, col] indexer. MathsUtils.Softmax takes each row's maximum,
// exp(x − max) into a per-row scratch array and divides by the row's sum. The attention block computes
// scores = Q Kᵀ / √d, attentionWeights = Softmax(scores) (rows), context = weightsᵀ · values; its Backward sends
// dL/dweights through MathsUtils.BackpropSoftmax, which multiplies each element by s(1 − s), the Jacobian's diagonal.
// The loss helpers take −log(p + 1e-9) of one probability of the matrix they are given and return p − onehot as the
// gradient. The positional encoding, the Q/K/V projections, the layer norm and the pooling are left out (the block
// receives its queries, keys and values).
// Label: Softmax correct; BackpropSoftmax LG0007; SelfAttention.Forward correct; SelfAttention.Backward correct (the
// diagonal is BackpropSoftmax's, counted there); CrossEntropyGradient correct; CrossEntropyLoss not counted (the log of
// a parameter: the caller, another class, passes a softmax, as Real56's TurtleML loss).
using System;

namespace Recreations.Real57.GramOnerNea_RowSoftmaxAttentionWithDiagonalBackprop;

/// <summary>A stand-in for NEA's matrix: a float[rows, cols] behind an indexer.</summary>
internal sealed class Matrix(int rowNum, int colNum)
{
    private readonly float[,] matrix = new float[rowNum, colNum];

    public float this[int row, int col]
    {
        get => matrix[row, col];
        set => matrix[row, col] = value;
    }

    public int GetLength(int dimension) => dimension == 0 ? rowNum : colNum;

    public Matrix Transpose()
    {
        var result = new Matrix(colNum, rowNum);
        for (int i = 0; i < rowNum; i++)
            for (int j = 0; j < colNum; j++)
                result[j, i] = matrix[i, j];
        return result;
    }

    public Matrix Apply(Func<float, float> func)
    {
        var result = new Matrix(rowNum, colNum);
        for (int i = 0; i < rowNum; i++)
            for (int j = 0; j < colNum; j++)
                result[i, j] = func(matrix[i, j]);
        return result;
    }

    public static Matrix operator *(Matrix a, Matrix b)
    {
        var result = new Matrix(a.GetLength(0), b.GetLength(1));
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < b.GetLength(1); j++)
            {
                float sum = 0f;
                for (int k = 0; k < a.GetLength(1); k++)
                    sum += a[i, k] * b[k, j];
                result[i, j] = sum;
            }
        return result;
    }
}

/// <summary>The model's math helpers.</summary>
internal static class MathsUtils
{
    /// <summary>The softmax of each row.</summary>
    public static Matrix Softmax(Matrix input)
    {
        int rows = input.GetLength(0);
        int cols = input.GetLength(1);
        Matrix result = new Matrix(rows, cols);

        for (int i = 0; i < rows; i++)
        {
            float max = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
                if (input[i, j] > max)
                    max = input[i, j];

            float sum = 0f;
            float[] exps = new float[cols];
            for (int j = 0; j < cols; j++)
            {
                exps[j] = (float)Math.Exp(input[i, j] - max);
                sum += exps[j];
            }

            for (int j = 0; j < cols; j++)
                result[i, j] = exps[j] / sum;
        }

        return result;
    }

    /// <summary>The gradient through the attention softmax.</summary>
    public static Matrix BackpropSoftmax(Matrix dLdAttnWeights, Matrix attnWeights)
    {
        Matrix grad = new Matrix(attnWeights.GetLength(0), attnWeights.GetLength(1));
        for (int i = 0; i < grad.GetLength(0); i++)
        {
            for (int j = 0; j < grad.GetLength(1); j++)
            {
                float soft = attnWeights[i, j];
                grad[i, j] = dLdAttnWeights[i, j] * soft * (1 - soft); //~ LG0007
            }
        }
        return grad;
    }

    /// <summary>−log of the probability of the target class (probs is one column).</summary>
    public static float CrossEntropyLoss(Matrix probs, int targetIndex)
    {
        float predictedProb = probs[targetIndex, 0];
        float loss = -MathF.Log(predictedProb + 1e-9f);
        return loss;
    }

    /// <summary>p − onehot, in place.</summary>
    public static Matrix CrossEntropyGradient(Matrix probs, Matrix oneHotTarget)
    {
        for (int i = 0; i < probs.GetLength(0); i++)
            probs[i, 0] -= oneHotTarget[i, 0];

        return probs.Transpose();
    }
}

/// <summary>The self-attention block (its projections left out).</summary>
internal sealed class SelfAttention
{
    private Matrix queries = new(1, 1);
    private Matrix keys = new(1, 1);
    private Matrix values = new(1, 1);
    private Matrix attentionWeights = new(1, 1);

    /// <summary>The attended context of the given queries, keys and values.</summary>
    public Matrix Forward(Matrix query, Matrix key, Matrix value)
    {
        queries = query;
        keys = key;
        values = value;

        Matrix attentionScores = ComputeAttentionScores(queries, keys);
        attentionWeights = MathsUtils.Softmax(attentionScores);
        return attentionWeights.Transpose() * values;
    }

    /// <summary>The gradients of the queries and keys from the context's gradient.</summary>
    public (Matrix DQueries, Matrix DKeys) Backward(Matrix dLdContext)
    {
        Matrix dLdAttentionWeights = dLdContext * values.Transpose();
        Matrix dLdAttentionScores = MathsUtils.BackpropSoftmax(dLdAttentionWeights, attentionWeights);
        Matrix dLdQueries = dLdAttentionScores.Transpose() * keys;
        Matrix dLdKeys = dLdAttentionScores.Transpose() * queries;
        return (dLdQueries, dLdKeys);
    }

    private static Matrix ComputeAttentionScores(Matrix query, Matrix key)
    {
        Matrix keyT = key.Transpose();
        float dotProdScaling = (float)Math.Sqrt(query.GetLength(0));
        return (query * keyT).Apply(x => x / dotProdScaling);
    }
}
