// Variant (our own code) of the row-major float[,] softmax of kowaliszyn-pl/ml-csharp (ArrayExtensions.Softmax) where
// the maximum is the LINQ one-liner for rectangular arrays, x.Cast<float>().Max(), i.e. over every element.
// Layout: row-major float[rows, cols]. Bug (LG0001): the maximum spans every row.
using System;
using System.Linq;

namespace HeldOut.CastMax2DArray;

public static class CastSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        float max = x.Cast<float>().Max(); //~ LG0001
        var p = new float[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            float sum = 0f;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = MathF.Exp(x[i, j] - max);
                sum += p[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                p[i, j] /= sum;
            }
        }

        return p;
    }
}
