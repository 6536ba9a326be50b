// Source: StarlangSoftware/ComputationalGraph-CS ComputationalGraph/Function/Softmax.cs:11 (calculate), :38
// (derivative) at 133a24447484 (re-created, not copied; the library Tensor stood in by a small class)
// Layout: a tensor's values as one flat List<double>; the softmax axis is the last dimension, every
// lastDimensionSize consecutive values one slice. calculate sums exp of the raw values, storing and resetting
// the sum at each slice end (sumList), then divides each exp by its slice's sum; derivative takes the stored
// softmax output y and the incoming gradient g and forms y ⊙ (g − ⟨y, g⟩) slice by slice.
// Label: calculate LG0003 ×2 (both exp calls un-shifted); derivative correct (the O(n) product, per slice).
using System.Collections.Generic;

namespace Recreations.StarlangComputationalGraph_FlatSliceRawSoftmaxAndBackward;

/// <summary>Stand-in for the library tensor: flat values and a shape.</summary>
public sealed class Tensor(List<double> data, int[] shape)
{
    /// <summary>The flat values.</summary>
    public object GetData() => data;

    /// <summary>The extents.</summary>
    public int[] GetShape() => shape;

    /// <summary>Element-wise product.</summary>
    public Tensor HadamardProduct(Tensor other)
    {
        var theirs = (List<double>)other.GetData();
        var product = new List<double>();
        for (int i = 0; i < data.Count; i++)
        {
            product.Add(data[i] * theirs[i]);
        }

        return new Tensor(product, shape);
    }
}

/// <summary>The softmax node function.</summary>
public sealed class Softmax
{
    /// <summary>Softmax over the last dimension.</summary>
    public Tensor Calculate(Tensor tensor)
    {
        List<double> values = new List<double>();
        List<double> oldValues = (List<double>)tensor.GetData();
        int lastDimensionSize = tensor.GetShape()[tensor.GetShape().Length - 1];
        double sum = 0.0;
        List<double> sumList = new List<double>();
        for (int i = 0; i < oldValues.Count; i++)
        {
            sum += System.Math.Exp(oldValues[i]); //~ LG0003
            if ((i + 1) % lastDimensionSize == 0)
            {
                sumList.Add(sum);
                sum = 0.0;
            }
        }

        for (int i = 0; i < oldValues.Count; i++)
        {
            values.Add(System.Math.Exp(oldValues[i]) / sumList[i / lastDimensionSize]); //~ LG0003
        }

        return new Tensor(values, tensor.GetShape());
    }

    /// <summary>Backward: y ⊙ (g − ⟨y, g⟩) per slice, y the stored softmax output.</summary>
    public Tensor Derivative(Tensor tensor, Tensor backward)
    {
        int lastDimensionSize = tensor.GetShape()[tensor.GetShape().Length - 1];
        List<double> values = new List<double>();
        List<double> oldValuesTensor = (List<double>)tensor.GetData();
        List<double> oldValuesBackward = (List<double>)backward.GetData();
        double total = 0.0;
        for (int i = 0; i < oldValuesTensor.Count; i++)
        {
            total += oldValuesTensor[i] * oldValuesBackward[i];
            if ((i + 1) % lastDimensionSize == 0)
            {
                int startIndex = i / lastDimensionSize;
                for (int j = 0; j < lastDimensionSize; j++)
                {
                    values.Add(oldValuesBackward[(startIndex * lastDimensionSize) + j] - total);
                }

                total = 0.0;
            }
        }

        return tensor.HadamardProduct(new Tensor(values, tensor.GetShape()));
    }
}
