// Re-creates: a port of a C softmax (while loops, pointer-style cursors) as found in C# translations of darknet-style code
// Layout: flat float[] row-major [rows, n], while loops with a running cursor
// Expected: Correct
using System;

namespace HeldOut2.WhileLoopsSoftmax;

public static class DarknetPort
{
    public static void Softmax(float[] input, int rows, int n, float[] output)
    {
        int r = 0;
        while (r < rows)
        {
            int start = r * n;
            float largest = float.MinValue;
            int i = 0;
            while (i < n)
            {
                if (input[start + i] > largest) largest = input[start + i];
                i++;
            }

            float sum = 0;
            i = 0;
            while (i < n)
            {
                float e = MathF.Exp(input[start + i] - largest);
                sum += e;
                output[start + i] = e;
                i++;
            }

            i = 0;
            while (i < n)
            {
                output[start + i] /= sum;
                i++;
            }

            r++;
        }
    }
}
