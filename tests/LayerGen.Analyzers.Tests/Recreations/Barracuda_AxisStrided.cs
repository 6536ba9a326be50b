// Re-creation (our own code) of ReferenceCPUOps.Softmax(Tensor X, int axis) in
// Unity-Technologies/barracuda-release, Barracuda/Runtime/Core/Backends/BarracudaReferenceCPU.cs (later versions).
// Layout: a tensor stored flat, viewed as [outer, axis, inner]; element (o, r, i) is at
// o * inner * axisLength + r * inner + i, so the softmax axis is strided by "inner".
// Correct: for every (o, i) pair the max and the sum run over r only.
using System;

namespace Recreations.BarracudaAxisStrided;

public static class AxisSoftmax
{
    public static float[] Forward(float[] x, int outer, int axisLength, int inner)
    {
        var o = new float[x.Length];
        for (int y = 0; y < outer; ++y)
        {
            for (int i = 0; i < inner; ++i)
            {
                float maxV = float.NegativeInfinity;
                for (int r = 0; r < axisLength; ++r)
                {
                    float v = x[y * inner * axisLength + r * inner + i];
                    if (v > maxV)
                    {
                        maxV = v;
                    }
                }

                float sum = 0f;
                for (int r = 0; r < axisLength; ++r)
                {
                    sum += MathF.Exp(x[y * inner * axisLength + r * inner + i] - maxV);
                }

                for (int r = 0; r < axisLength; ++r)
                {
                    int at = y * inner * axisLength + r * inner + i;
                    o[at] = MathF.Exp(x[at] - maxV) / sum;
                }
            }
        }

        return o;
    }
}
