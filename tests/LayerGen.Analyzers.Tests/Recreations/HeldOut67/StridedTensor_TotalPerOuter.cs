// Idiom: a hand-written rank-4 tensor type (Shape/Strides/flat Data) with a softmax along axis 1 that walks
// (outer, inner) with the strides; the total is declared per outer index, above the inner loop.
// Layout: struct DenseTensor over flat double[] [d0, d1, d2, d3], softmax along axis 1 (stride Strides[1]), inner = d2 * d3.
// Bug LG0002: the sum is reset only per outer index, so it runs over every inner position of the block (axis × inner).
using System;

namespace HeldOut67.StridedTensor_TotalPerOuter;

public readonly struct DenseTensor
{
    public DenseTensor(double[] data, int[] shape)
    {
        Data = data;
        Shape = shape;
        Strides = new[] { shape[1] * shape[2] * shape[3], shape[2] * shape[3], shape[3], 1 };
    }

    public double[] Data { get; }
    public int[] Shape { get; }
    public int[] Strides { get; }

    public DenseTensor SoftmaxAxis1()
    {
        var outData = new double[Data.Length];
        int inner = Shape[2] * Shape[3];
        for (int o = 0; o < Shape[0]; o++)
        {
            double total = 0.0;
            for (int r = 0; r < inner; r++)
            {
                int start = o * Strides[0] + r;
                double hi = Data[start];
                for (int a = 1; a < Shape[1]; a++)
                {
                    hi = Math.Max(hi, Data[start + a * Strides[1]]);
                }

                for (int a = 0; a < Shape[1]; a++)
                {
                    outData[start + a * Strides[1]] = Math.Exp(Data[start + a * Strides[1]] - hi);
                    total += outData[start + a * Strides[1]]; //~ LG0002
                }

                for (int a = 0; a < Shape[1]; a++)
                {
                    outData[start + a * Strides[1]] /= total;
                }
            }
        }

        return new DenseTensor(outData, Shape);
    }
}
