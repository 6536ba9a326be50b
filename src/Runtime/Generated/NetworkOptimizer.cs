using System.ComponentModel;
using System.Numerics;

namespace LayerGen.Generated;

/// <summary>
/// The optimizer state of a generated network: the momentum of SGD with its velocity, and Adam's moments and step count.
/// Buffers are created on the first step that needs them and reused after, so steps allocate nothing.
/// Used by generated code; not meant for user code.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
/// <param name="parameterCount">The number of parameters of the network.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class NetworkOptimizer<T>(int parameterCount)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[]? _velocity;
    private T[]? _firstMoment;
    private T[]? _secondMoment;
    private int _adamSteps;
    private T _momentum;

    /// <summary>Momentum μ of <see cref="Sgd"/>, in [0, 1): 0 (the default) is plain SGD.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1).</exception>
    public T Momentum
    {
        get => _momentum;
        set => _momentum = value >= T.Zero && value < T.One
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Momentum must be in [0, 1).");
    }

    /// <summary>One SGD step (<see cref="Optimizers.Sgd(Span{float}, ReadOnlySpan{float}, Span{float}, float, float)"/>) with <see cref="Momentum"/>.</summary>
    /// <param name="parameters">The parameters, updated in place.</param>
    /// <param name="gradients">Their gradients.</param>
    /// <param name="learningRate">Step size; finite and not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="learningRate"/> is negative or not finite.</exception>
    public void Sgd(Span<T> parameters, ReadOnlySpan<T> gradients, T learningRate)
    {
        Span<T> velocity = _momentum == T.Zero ? default : _velocity ??= new T[parameterCount];
        Optimizers.Sgd(parameters, gradients, velocity, learningRate, _momentum, SimdPaths.BestMemoryBound);
    }

    /// <summary>One Adam step (<see cref="Optimizers.Adam(Span{float}, ReadOnlySpan{float}, Span{float}, Span{float}, float, float, float, float, int)"/>) with the kept moments.</summary>
    /// <param name="parameters">The parameters, updated in place.</param>
    /// <param name="gradients">Their gradients.</param>
    /// <param name="learningRate">Step size; finite and not negative.</param>
    /// <param name="beta1">Decay of the first moment, in [0, 1).</param>
    /// <param name="beta2">Decay of the second moment, in [0, 1).</param>
    /// <param name="epsilon">Added to the root of the second moment; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public void Adam(Span<T> parameters, ReadOnlySpan<T> gradients, T learningRate, T beta1, T beta2, T epsilon)
    {
        T[] firstMoment = _firstMoment ??= new T[parameterCount];
        T[] secondMoment = _secondMoment ??= new T[parameterCount];

        // The step count only advances once the arguments are known to be good (Optimizers.Adam checks before writing).
        Optimizers.Adam(parameters, gradients, firstMoment, secondMoment, learningRate, beta1, beta2, epsilon, _adamSteps + 1, SimdPaths.BestMemoryBound);
        _adamSteps++;
    }

    /// <summary>Forgets the velocity and the Adam moments (after new parameters are set or loaded); keeps <see cref="Momentum"/>.</summary>
    public void Reset()
    {
        _velocity = null;
        _firstMoment = null;
        _secondMoment = null;
        _adamSteps = 0;
    }
}
