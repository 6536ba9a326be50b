// Idiom: C# 14 extension block — extension properties (Batch, Classes) and methods on float[,]; a RowPeak member
// given one row.
// Use: `logits.SoftmaxRows()` in model code.
// Layout: float[batch, classes] (row-major 2D).
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.ExtensionBlocks_RowSoftmax;

public static class LogitMatrixExtensions
{
    extension(float[,] logits)
    {
        public int Batch => logits.GetLength(0);
        public int Classes => logits.GetLength(1);

        public float RowPeak(int r)
        {
            float m = float.NegativeInfinity;
            for (int c = 0; c < logits.Classes; c++)
                if (logits[r, c] > m) m = logits[r, c];
            return m;
        }

        public float[,] SoftmaxRows()
        {
            var y = new float[logits.Batch, logits.Classes];
            for (int r = 0; r < logits.Batch; r++)
            {
                float m = logits.RowPeak(r);
                float z = 0f;
                for (int c = 0; c < logits.Classes; c++)
                    z += y[r, c] = MathF.Exp(logits[r, c] - m);
                for (int c = 0; c < logits.Classes; c++)
                    y[r, c] /= z;
            }
            return y;
        }
    }
}
