// Re-creates: Unity Barracuda 0.7 (Unity-Technologies/barracuda-release) BarracudaReferenceCPU.cs, Softmax whose max ran over the wrong axis
// Layout: flat float[] viewed as [outer, axis, inner]; element (o, a, i) at (o * axis + a) * inner + i
// Expected: LG0004 — max over the inner axis per (outer, axis), sum over the softmax axis per (outer, inner)
using System;

namespace HeldOut2.BarracudaMaxOverInner;

public static class ReferenceCpu
{
    public static float[] Softmax(float[] x, int outerSize, int axisSize, int innerSize)
    {
        var maxes = new float[outerSize * axisSize];
        for (var y = 0; y < outerSize; y++)
        {
            for (var c = 0; c < axisSize; c++)
            {
                float maxV = float.MinValue;
                for (var z = 0; z < innerSize; z++)
                {
                    maxV = MathF.Max(maxV, x[(y * axisSize + c) * innerSize + z]); //~ LG0004
                }

                maxes[y * axisSize + c] = maxV;
            }
        }

        var o = new float[x.Length];
        for (var y = 0; y < outerSize; y++)
        {
            for (var z = 0; z < innerSize; z++)
            {
                float sum = 0f;
                for (var c = 0; c < axisSize; c++)
                {
                    int index = (y * axisSize + c) * innerSize + z;
                    o[index] = MathF.Exp(x[index] - maxes[y * axisSize + c]);
                    sum += o[index];
                }

                for (var c = 0; c < axisSize; c++)
                {
                    o[(y * axisSize + c) * innerSize + z] /= sum;
                }
            }
        }

        return o;
    }
}
