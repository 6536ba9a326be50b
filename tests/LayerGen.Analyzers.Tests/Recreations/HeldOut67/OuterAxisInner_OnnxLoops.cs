// Idiom: ONNX-style Softmax(axis) for a tensor of any rank: the shape is split into outer = prod(shape[..axis]),
// axis = shape[axis], inner = prod(shape[axis+1..]) and each (outer, inner) fibre is normalised along the strided axis
// (the layout the ONNX operator spec and runtime kernels describe; our own code).
// Layout: flat double[], element (o, a, i) at o * axisLen * inner + a * inner + i.
// Correct: max and sum over one fibre (stride inner).
using System;

namespace HeldOut67.OuterAxisInner_OnnxLoops;

public static class OnnxSoftmax
{
    public static double[] Run(double[] x, int[] shape, int axis)
    {
        if (axis < 0) axis += shape.Length;
        int outer = 1, inner = 1;
        for (int d = 0; d < axis; d++) outer *= shape[d];
        for (int d = axis + 1; d < shape.Length; d++) inner *= shape[d];
        int axisLen = shape[axis];

        var y = new double[x.Length];
        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                int baseIndex = o * axisLen * inner + i;
                double max = double.NegativeInfinity;
                for (int a = 0; a < axisLen; a++)
                {
                    max = Math.Max(max, x[baseIndex + a * inner]);
                }

                double sum = 0.0;
                for (int a = 0; a < axisLen; a++)
                {
                    int idx = baseIndex + a * inner;
                    y[idx] = Math.Exp(x[idx] - max);
                    sum += y[idx];
                }

                for (int a = 0; a < axisLen; a++)
                {
                    y[baseIndex + a * inner] /= sum;
                }
            }
        }

        return y;
    }
}
