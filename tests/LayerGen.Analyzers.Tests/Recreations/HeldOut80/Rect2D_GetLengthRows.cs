// Idiom: rectangular float[,] walked with GetLength(0)/GetLength(1); per-row maxima stored in an array first.
// Use: softmax per sample of a [batch, classes] score matrix.
// Layout: float[batch, classes], softmax along dimension 1.
// Label: Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut80.Rect2D_GetLengthRows;

public static class RectangularSoftmax
{
    public static float[,] Softmax(float[,] logits)
    {
        int rows = logits.GetLength(0), cols = logits.GetLength(1);
        var p = new float[rows, cols];
        var rowMax = new float[rows];
        for (int i = 0; i < rows; i++)
        {
            rowMax[i] = float.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                rowMax[i] = MathF.Max(rowMax[i], logits[i, j]);
            }
        }

        for (int i = 0; i < rows; i++)
        {
            float s = 0f;
            for (int j = 0; j < cols; j++)
            {
                s += p[i, j] = MathF.Exp(logits[i, j] - rowMax[i]);
            }

            float inv = 1f / s;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] *= inv;
            }
        }

        return p;
    }
}
