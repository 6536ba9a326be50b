// Idiom: MSA column attention weights per alignment column and query sequence, from a 3D score cube.
// Layout: float[columns, sequences, sequences] (rank-3 array, softmax over the last index); MathF.Exp.
// Bug LG0003: the attention scores are exponentiated raw (no maximum subtracted) before the division by their sum:
// Infinity/NaN as soon as a score exceeds ~88.
using System;

namespace HeldOut47.MsaAttention_RawCube;

public static class AxialAttention
{
    public static float[,,] ColumnWeights(float[,,] scores)
    {
        int columns = scores.GetLength(0);
        int n = scores.GetLength(1);
        var weights = new float[columns, n, n];
        for (int c = 0; c < columns; c++)
        {
            for (int i = 0; i < n; i++)
            {
                float sum = 0f;
                for (int j = 0; j < n; j++)
                {
                    weights[c, i, j] = MathF.Exp(scores[c, i, j]); //~ LG0003
                    sum += weights[c, i, j];
                }

                for (int j = 0; j < n; j++)
                {
                    weights[c, i, j] /= sum;
                }
            }
        }

        return weights;
    }
}
