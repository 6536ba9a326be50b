// Source: unsafe pointer softmax in C# ports of C inference code (llama2.c / llm.c C# ports, KelpNet-style
// native loops): pointer to each row, `if` max, sum accumulated by a loop running backwards.
// Layout: row-major [rows, cols] float; `fixed` pointers; row pointer = base + r * cols.
// Correct.
namespace LayerGen.HeldOut4.UnsafeFixedRowsReverseSum;

public static unsafe class PointerSoftmax
{
    public static void Forward(float[] input, float[] output, int rows, int cols)
    {
        fixed (float* pin = input)
        fixed (float* pout = output)
        {
            for (int r = 0; r < rows; r++)
            {
                float* src = pin + r * cols;
                float* dst = pout + r * cols;
                float max = src[0];
                for (int c = 1; c < cols; c++)
                {
                    if (src[c] > max)
                        max = src[c];
                }

                float sum = 0f;
                for (int c = cols - 1; c >= 0; c--)
                {
                    dst[c] = System.MathF.Exp(src[c] - max);
                    sum += dst[c];
                }

                for (int c = 0; c < cols; c++)
                    dst[c] /= sum;
            }
        }
    }
}
