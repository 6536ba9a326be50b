// Re-creates: a port of darknet's softmax_cpu (batch of groups) to C# with while loops, the sum hoisted out of the batch loop
// Layout: flat float[] row-major [batch, n], while loops
// Expected: LG0002 — sum set to zero once, never reset per row
using System;

namespace HeldOut2.WhileLoopsSumNotReset;

public static class DarknetPort
{
    public static void SoftmaxCpu(float[] input, int n, int batch, float[] output)
    {
        float sum = 0;
        int b = 0;
        while (b < batch)
        {
            int offset = b * n;
            float largest = float.MinValue;
            int i = 0;
            while (i < n)
            {
                largest = MathF.Max(largest, input[offset + i]);
                i++;
            }

            i = 0;
            while (i < n)
            {
                float e = MathF.Exp(input[offset + i] - largest);
                sum += e; //~ LG0002
                output[offset + i] = e;
                i++;
            }

            i = 0;
            while (i < n)
            {
                output[offset + i] /= sum;
                i++;
            }

            b++;
        }
    }
}
