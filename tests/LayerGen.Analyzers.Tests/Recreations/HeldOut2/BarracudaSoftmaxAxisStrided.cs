// Re-creates: Unity Barracuda (Unity-Technologies/barracuda-release) Barracuda/Runtime/Core/Backends/BarracudaReferenceCPU.cs, Softmax(X, axis)
// Layout: flat float[] viewed as [outer, axis, inner]; element (o, a, i) at (o * axis + a) * inner + i
// Expected: Correct
using System;

namespace HeldOut2.BarracudaSoftmaxAxisStrided;

public static class ReferenceCpu
{
    public static float[] Softmax(float[] x, int outerSize, int axisSize, int innerSize)
    {
        var o = new float[x.Length];
        for (var y = 0; y < outerSize; y++)
        {
            for (var z = 0; z < innerSize; z++)
            {
                float maxV = float.MinValue;
                for (var c = 0; c < axisSize; c++)
                {
                    float v = x[(y * axisSize + c) * innerSize + z];
                    if (v > maxV) maxV = v;
                }

                float sum = 0f;
                for (var c = 0; c < axisSize; c++)
                {
                    sum += MathF.Exp(x[(y * axisSize + c) * innerSize + z] - maxV);
                }

                for (var c = 0; c < axisSize; c++)
                {
                    int index = (y * axisSize + c) * innerSize + z;
                    o[index] = MathF.Exp(x[index] - maxV) / sum;
                }
            }
        }

        return o;
    }
}
