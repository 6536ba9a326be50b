// Source: unsafe C# ports of C batch softmax loops (llama2.c/llm.c-style ports processing rows back to front):
// row pointers, `if` max, exps and sum per row.
// Layout: row-major [rows, cols] float via `fixed`; rows visited from last to first; max declared before the loop.
// Bug: the max is never reset per row, so each row is shifted by the max of itself and every row after it.
namespace LayerGen.HeldOut4.UnsafeReverseRowsMaxNotReset;

public static unsafe class BackToFrontSoftmax
{
    public static void Forward(float[] x, float[] y, int rows, int cols)
    {
        fixed (float* px = x)
        fixed (float* py = y)
        {
            float max = float.NegativeInfinity;
            for (int r = rows - 1; r >= 0; r--)
            {
                float* row = px + r * cols;
                float* outRow = py + r * cols;
                for (int c = 0; c < cols; c++)
                {
                    if (row[c] > max) max = row[c]; //~ LG0001
                }

                float sum = 0f;
                for (int c = 0; c < cols; c++)
                {
                    outRow[c] = System.MathF.Exp(row[c] - max);
                    sum += outRow[c];
                }

                for (int c = 0; c < cols; c++)
                    outRow[c] /= sum;
            }
        }
    }
}
