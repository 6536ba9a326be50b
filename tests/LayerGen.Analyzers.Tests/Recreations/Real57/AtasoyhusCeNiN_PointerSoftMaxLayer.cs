// Source: atasoyhus/CeNiN src/CeNiN/SoftMax.cs:37 (commit a2402a35848e) (re-created, not copied)
// Layout: a pure C# convolutional network (VGG-style) whose tensors are unmanaged float buffers reached through
// pointers (memPtr) with a TotalLength. The last layer is a softmax over the whole 1 × 1 × classes output tensor: a
// maximum over every element, exp(x − max) written straight into the next layer's input buffer through a float*,
// summed, then divided in place. The tensor holds one image's class scores, so the whole buffer is the softmax axis.
// Label: feedNext correct.
using System;
using System.Runtime.InteropServices;

namespace Recreations.Real57.AtasoyhusCeNiN_PointerSoftMaxLayer;

/// <summary>A stand-in for CeNiN's tensor: an unmanaged float buffer.</summary>
internal sealed unsafe class Tensor : IDisposable
{
    public Tensor(int[] dims)
    {
        int length = 1;
        foreach (int d in dims)
        {
            length *= d;
        }

        TotalLength = length;
        memPtr = (float*)Marshal.AllocHGlobal(length * sizeof(float));
    }

    public int TotalLength { get; }

    public float* memPtr;

    public void Dispose() => Marshal.FreeHGlobal((IntPtr)memPtr);
}

/// <summary>A stand-in for CeNiN's layer base: an input tensor and the next layer.</summary>
internal abstract class Layer(int[] inputTensorDims)
{
    public Tensor inputTensor = new(inputTensorDims);

    public Layer? nextLayer;

    public string type = "";

    protected int[] InputDims => inputTensorDims;

    /// <summary>Gives the next layer an input tensor the size of this layer's input.</summary>
    protected void outputTensorMemAlloc()
    {
        nextLayer ??= new OutputLayer(InputDims);
    }

    protected void disposeInputTensor() => inputTensor.Dispose();

    public abstract void feedNext();
}

/// <summary>The network's end: holds the probabilities.</summary>
internal sealed class OutputLayer(int[] dims) : Layer(dims)
{
    public override void feedNext()
    {
    }
}

/// <summary>The softmax layer.</summary>
internal sealed unsafe class SoftMax : Layer
{
    public SoftMax(int[] inputTensorDims)
        : base(inputTensorDims)
    {
        type = "SoftMax";
    }

    /// <summary>Writes the softmax of this layer's input into the next layer's input.</summary>
    public override void feedNext()
    {
        outputTensorMemAlloc();

        float max = float.MinValue;
        for (int i = 0; i < inputTensor.TotalLength; i++)
            if (inputTensor.memPtr[i] > max)
                max = inputTensor.memPtr[i];

        float sum = 0;
        float* nLMR = nextLayer!.inputTensor.memPtr;
        for (int i = 0; i < inputTensor.TotalLength; i++)
        {
            nLMR[i] = (float)Math.Exp(inputTensor.memPtr[i] - max);
            sum += nLMR[i];
        }

        for (int i = 0; i < inputTensor.TotalLength; i++)
            nLMR[i] /= sum;

        disposeInputTensor();
    }
}
