// Re-creation (our own code) of calling the library's own softmax on a Tensor<T> (.NET 9+ System.Numerics.Tensors;
// the pattern of the tensor blocks re-created in HeldOut/TensorT_Shifted.cs, with the hand-written pipeline replaced by
// Tensor.SoftMax): the shipped Tensor.SoftMax (versions 9 and 10) computes exp(x) / Σ exp(x) over every element with no
// maximum subtracted, so [100, 101] in float and logits near ±1000 in double give NaN (SoftmaxModelTests runs it).
// Layouts: 1D Tensor<float> (allocating overload), Tensor<double> into a destination TensorSpan. Bug (LG0003) x2.
#pragma warning disable SYSLIB5001
using System.Numerics.Tensors;

namespace Recreations.TensorTSoftMaxCall;

public static class LibraryTensorSoftmax
{
    public static Tensor<float> Probabilities(Tensor<float> logits) =>
        Tensor.SoftMax<float>(logits); //~ LG0003

    public static void Into(Tensor<double> scores, Tensor<double> probabilities)
    {
        Tensor.SoftMax<double>(scores, probabilities); //~ LG0003
    }
}
