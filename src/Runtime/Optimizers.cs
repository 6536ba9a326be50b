using System.Numerics;

namespace LayerGen;

/// <summary>
/// In-place parameter updates with PyTorch's semantics (<c>torch.optim.Adam</c> and <c>torch.optim.SGD</c> without weight decay),
/// over flat spans of parameters, their gradients and the optimizer state. The caller owns the state and zeroes it before the first step.
/// </summary>
/// <remarks>
/// All arguments are checked before anything is written. The spans must not overlap one another. The vector paths fuse
/// multiply-adds where the hardware has FMA, so results may differ from the plain formulas in the last bits.
/// All methods are allocation-free and single-threaded.
/// </remarks>
public static class Optimizers
{
    /// <summary>
    /// One Adam step (Kingma and Ba, 2015) with bias correction, element by element:
    /// <c>m = β₁·m + (1 − β₁)·g; v = β₂·v + (1 − β₂)·g²; p −= (lr / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)</c>, arranged as
    /// PyTorch arranges it (the division by √(1 − β₂ᵗ) done as a multiplication by its reciprocal: one root and one division per element).
    /// </summary>
    /// <param name="parameters">The parameters, updated in place.</param>
    /// <param name="gradients">The gradients of the loss with respect to <paramref name="parameters"/>; same length.</param>
    /// <param name="firstMoment">The first-moment estimate m, updated in place; same length, zero before step 1.</param>
    /// <param name="secondMoment">The second-moment estimate v, updated in place; same length, zero before step 1.</param>
    /// <param name="learningRate">The step size lr; finite and not negative (0.001 is the usual choice).</param>
    /// <param name="beta1">Decay β₁ of the first moment, in [0, 1) (usually 0.9).</param>
    /// <param name="beta2">Decay β₂ of the second moment, in [0, 1) (usually 0.999).</param>
    /// <param name="epsilon">Added to the root of the corrected second moment; positive (usually 1e-8).</param>
    /// <param name="step">The 1-based number t of this step, used for the bias corrections.</param>
    /// <exception cref="ArgumentException">A length differs from <c>parameters.Length</c>, or two spans overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A hyperparameter is outside its range or <paramref name="step"/> is not positive.</exception>
    public static void Adam(Span<float> parameters, ReadOnlySpan<float> gradients, Span<float> firstMoment, Span<float> secondMoment, float learningRate, float beta1, float beta2, float epsilon, int step) =>
        Adam(parameters, gradients, firstMoment, secondMoment, learningRate, beta1, beta2, epsilon, step, SimdPaths.BestMemoryBound);

    /// <inheritdoc cref="Adam(Span{float}, ReadOnlySpan{float}, Span{float}, Span{float}, float, float, float, float, int)"/>
    public static void Adam(Span<double> parameters, ReadOnlySpan<double> gradients, Span<double> firstMoment, Span<double> secondMoment, double learningRate, double beta1, double beta2, double epsilon, int step) =>
        Adam(parameters, gradients, firstMoment, secondMoment, learningRate, beta1, beta2, epsilon, step, SimdPaths.BestMemoryBound);

    /// <summary>
    /// One stochastic gradient descent step, element by element: <c>p −= lr · g</c> when <paramref name="momentum"/> is 0,
    /// else <c>v = μ·v + g; p −= lr · v</c>.
    /// </summary>
    /// <param name="parameters">The parameters, updated in place.</param>
    /// <param name="gradients">The gradients of the loss with respect to <paramref name="parameters"/>; same length.</param>
    /// <param name="velocity">The momentum buffer v, updated in place; same length, zero before the first step.
    /// Ignored (and may be empty) when <paramref name="momentum"/> is 0.</param>
    /// <param name="learningRate">The step size lr; finite and not negative.</param>
    /// <param name="momentum">The momentum μ, in [0, 1); 0 is plain SGD.</param>
    /// <exception cref="ArgumentException">A length differs from <c>parameters.Length</c>, or two spans overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> or <paramref name="momentum"/> is outside its range.</exception>
    public static void Sgd(Span<float> parameters, ReadOnlySpan<float> gradients, Span<float> velocity, float learningRate, float momentum) =>
        Sgd(parameters, gradients, velocity, learningRate, momentum, SimdPaths.BestMemoryBound);

    /// <inheritdoc cref="Sgd(Span{float}, ReadOnlySpan{float}, Span{float}, float, float)"/>
    public static void Sgd(Span<double> parameters, ReadOnlySpan<double> gradients, Span<double> velocity, double learningRate, double momentum) =>
        Sgd(parameters, gradients, velocity, learningRate, momentum, SimdPaths.BestMemoryBound);

    internal static void Adam<T>(Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, T learningRate, T beta1, T beta2, T epsilon, int step, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = parameters.Length;
        Guard.SameLength(gradients.Length, n, nameof(gradients), "parameters.Length");
        Guard.SameLength(firstMoment.Length, n, nameof(firstMoment), "parameters.Length");
        Guard.SameLength(secondMoment.Length, n, nameof(secondMoment), "parameters.Length");
        Guard.NoOverlap<T>(parameters, firstMoment, nameof(parameters), nameof(firstMoment));
        Guard.NoOverlap<T>(parameters, secondMoment, nameof(parameters), nameof(secondMoment));
        Guard.NoOverlap<T>(firstMoment, secondMoment, nameof(firstMoment), nameof(secondMoment));
        Guard.NoOverlap(gradients, parameters, nameof(gradients), nameof(parameters));
        Guard.NoOverlap(gradients, firstMoment, nameof(gradients), nameof(firstMoment));
        Guard.NoOverlap(gradients, secondMoment, nameof(gradients), nameof(secondMoment));
        CheckLearningRate(learningRate);
        CheckDecay(beta1, nameof(beta1));
        CheckDecay(beta2, nameof(beta2));
        if (!(epsilon > T.Zero))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, $"epsilon ({epsilon}) must be positive.");
        }

        Guard.Positive(step, nameof(step));
        var coefficients = new AdamCoefficients<T>(learningRate, beta1, beta2, epsilon, step);
        OptimizerKernels.Adam(parameters, gradients, firstMoment, secondMoment, in coefficients, path);
    }

    internal static void Sgd<T>(Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> velocity, T learningRate, T momentum, SimdPath path)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = parameters.Length;
        Guard.SameLength(gradients.Length, n, nameof(gradients), "parameters.Length");
        Guard.NoOverlap(gradients, parameters, nameof(gradients), nameof(parameters));
        CheckLearningRate(learningRate);
        CheckDecay(momentum, nameof(momentum));
        if (momentum != T.Zero)
        {
            Guard.SameLength(velocity.Length, n, nameof(velocity), "parameters.Length");
            Guard.NoOverlap<T>(parameters, velocity, nameof(parameters), nameof(velocity));
            Guard.NoOverlap(gradients, velocity, nameof(gradients), nameof(velocity));
        }

        OptimizerKernels.Sgd(parameters, gradients, velocity, learningRate, momentum, path);
    }

    private static void CheckLearningRate<T>(T learningRate)
        where T : IFloatingPointIeee754<T>
    {
        if (!T.IsFinite(learningRate) || learningRate < T.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, $"learningRate ({learningRate}) must be finite and not negative.");
        }
    }

    private static void CheckDecay<T>(T value, string name)
        where T : IFloatingPointIeee754<T>
    {
        if (!(value >= T.Zero && value < T.One))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} ({value}) must be in [0, 1).");
        }
    }
}
