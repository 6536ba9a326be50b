// HeldOut58 — a NumPy "softmax(x, axis)" port: x_max = np.max(x, axis=axis, keepdims=True); e = np.exp(x - x_max);
// e / np.sum(e, axis=axis, keepdims=True), with the shape reshaped as (outer, axis, inner) like chainer's
// left/center/right shape and ONNX Softmax kernels' strides. The keepdims results are temporary arrays of
// outer*inner maxima and sums. Our own code.
// Layout: float[] C-order (row-major) tensor of any rank, int[] shape, softmax along `axis` (stride = inner).
// Correct.
using System;

namespace HeldOut58.NumpyAxis_KeepdimsOuterInner;

public static class NumpyPort
{
    public static float[] Softmax(float[] x, int[] shape, int axis)
    {
        if (axis < 0)
        {
            axis += shape.Length;
        }

        int outer = 1;
        for (int d = 0; d < axis; d++)
        {
            outer *= shape[d];
        }

        int dim = shape[axis];
        int inner = 1;
        for (int d = axis + 1; d < shape.Length; d++)
        {
            inner *= shape[d];
        }

        var xMax = new float[outer * inner];
        var eSum = new float[outer * inner];
        var y = new float[x.Length];

        for (int o = 0; o < outer; o++)
        {
            for (int i = 0; i < inner; i++)
            {
                float m = float.NegativeInfinity;
                for (int k = 0; k < dim; k++)
                {
                    m = MathF.Max(m, x[(o * dim + k) * inner + i]);
                }

                xMax[o * inner + i] = m;
            }
        }

        for (int o = 0; o < outer; o++)
        {
            for (int k = 0; k < dim; k++)
            {
                for (int i = 0; i < inner; i++)
                {
                    int idx = (o * dim + k) * inner + i;
                    y[idx] = MathF.Exp(x[idx] - xMax[o * inner + i]);
                    eSum[o * inner + i] += y[idx];
                }
            }
        }

        for (int o = 0; o < outer; o++)
        {
            for (int k = 0; k < dim; k++)
            {
                for (int i = 0; i < inner; i++)
                {
                    y[(o * dim + k) * inner + i] /= eSum[o * inner + i];
                }
            }
        }

        return y;
    }
}
