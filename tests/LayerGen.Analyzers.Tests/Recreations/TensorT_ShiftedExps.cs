// Re-creation (our own code) of a Tensor<T> softmax (.NET 9+ System.Numerics.Tensors, pattern of SteffenBlake/Atomic.Net's
// tensor blocks, see HeldOut/TensorT_Shifted.cs), the correct twins of TensorT_RawExps.cs: Tensor.Max subtracted with
// Tensor.Subtract before Tensor.Exp (held in a local, and inline in generic math).
// Layout: 1D Tensor<T> (experimental API, SYSLIB5001). Correct.
#pragma warning disable SYSLIB5001
using System.Numerics;
using System.Numerics.Tensors;

namespace Recreations.TensorTShiftedExps;

public static class TensorSoftmax
{
    public static Tensor<double> InPlace(Tensor<double> logits)
    {
        double max = Tensor.Max<double>(logits);
        Tensor<double> shifted = Tensor.Subtract<double>(logits, max);
        Tensor<double> probabilities = Tensor.Exp<double>(shifted);
        double total = Tensor.Sum<double>(probabilities);
        Tensor.Divide<double>(probabilities, total, probabilities);
        return probabilities;
    }

    public static Tensor<T> Generic<T>(Tensor<T> logits)
        where T : IExponentialFunctions<T>, IFloatingPointIeee754<T>
    {
        Tensor<T> e = Tensor.Exp<T>(Tensor.Subtract<T>(logits, Tensor.Max<T>(logits)));
        return Tensor.Divide<T>(e, Tensor.Sum<T>(e));
    }
}
