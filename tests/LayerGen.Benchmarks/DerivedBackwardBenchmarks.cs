using BenchmarkDotNet.Attributes;

namespace LayerGen.Benchmarks;

/// <summary>
/// A learner's softmax written as a custom layer (<see cref="LearnerSoftmax64"/>, <see cref="LearnerSoftmax1024"/>): the
/// backward LayerGen derives from its ForwardRow against the hand-written O(n) <see cref="Softmax.Backward(ReadOnlySpan{float}, ReadOnlySpan{float}, Span{float}, int)"/>,
/// alone and as a forward + backward pair, over 256 float rows. The derived backward takes the input rows (it re-runs the
/// row's forward to tape what it overwrites), the library's the softmax output; the backward from the records of a
/// recording forward is the fair pairing with the library's (both start from saved state). All write dx. Results:
/// docs/custom-layers.md.
/// </summary>
[MemoryDiagnoser]
public abstract class DerivedBackwardBenchmarks
{
    /// <summary>Rows of the batch.</summary>
    public const int Rows = 256;

    private float[] _logits = null!;
    private float[] _probabilities = null!;
    private float[] _gradient = null!;
    private float[] _output = null!;
    private float[] _inputGradient = null!;

    /// <summary>Entries per row.</summary>
    protected abstract int Cols { get; }

    /// <summary>The generated layer's batch Forward.</summary>
    protected abstract void DerivedForward(ReadOnlySpan<float> x, Span<float> y);

    /// <summary>The generated layer's derived batch Backward.</summary>
    protected abstract void DerivedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

    /// <summary>The generated recording forward: y, and each row's record kept for the backward.</summary>
    protected abstract void RecordingForward(ReadOnlySpan<float> x, Span<float> y);

    /// <summary>The generated backward from the records of the last <see cref="RecordingForward"/> (it only reads them).</summary>
    protected abstract void BackwardFromRecords(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx);

    /// <summary>Creates the batch and checks that both implementations agree before anything is timed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Cols);
        _logits = new float[Rows * Cols];
        _gradient = new float[Rows * Cols];
        for (int i = 0; i < _logits.Length; i++)
        {
            _logits[i] = (float)((random.NextDouble() * 8) - 4);
            _gradient[i] = (float)((random.NextDouble() * 2) - 1);
        }

        _probabilities = new float[_logits.Length];
        _output = new float[_logits.Length];
        _inputGradient = new float[_logits.Length];
        Softmax.Forward(_logits, _probabilities, Cols);
        DerivedForward(_logits, _output);
        Check(_probabilities, _output, "forward");
        Softmax.Backward(_probabilities, _gradient, _inputGradient, Cols);
        float[] derived = new float[_logits.Length];
        DerivedBackward(_logits, _gradient, derived);
        Check(_inputGradient, derived, "backward");
        RecordingForward(_logits, _output);
        Check(_probabilities, _output, "recording forward");
        BackwardFromRecords(_logits, _gradient, derived);
        Check(_inputGradient, derived, "backward from the records");
        Array.Clear(derived);
        BackwardFromRecords(_logits, _gradient, derived);
        Check(_inputGradient, derived, "second backward from the same records");
    }

    /// <summary>The library's O(n) softmax backward from the probabilities.</summary>
    [Benchmark(Baseline = true)]
    public void Backward_Library() => Softmax.Backward(_probabilities, _gradient, _inputGradient, Cols);

    /// <summary>The derived backward of the learner's ForwardRow, from the logits.</summary>
    [Benchmark]
    public void Backward_Derived() => DerivedBackward(_logits, _gradient, _inputGradient);

    /// <summary>
    /// The derived backward from the records a recording forward kept (set up once): the backward from saved state, as
    /// the library's is the backward from the saved output.
    /// </summary>
    [Benchmark]
    public void BackwardFromTape_Derived() => BackwardFromRecords(_logits, _gradient, _inputGradient);

    /// <summary>The library's softmax forward.</summary>
    [Benchmark]
    public void Forward_Library() => Softmax.Forward(_logits, _output, Cols);

    /// <summary>The generated batch Forward of the learner's ForwardRow.</summary>
    [Benchmark]
    public void Forward_Derived() => DerivedForward(_logits, _output);

    /// <summary>The recording forward: the output and each row's record for the backward.</summary>
    [Benchmark]
    public void Forward_Recording() => RecordingForward(_logits, _output);

    /// <summary>Library forward then backward.</summary>
    [Benchmark]
    public void ForwardBackward_Library()
    {
        Softmax.Forward(_logits, _output, Cols);
        Softmax.Backward(_output, _gradient, _inputGradient, Cols);
    }

    /// <summary>The generated forward (the learner's scalar loops) then the derived backward.</summary>
    [Benchmark]
    public void ForwardBackward_Derived()
    {
        DerivedForward(_logits, _output);
        DerivedBackward(_logits, _gradient, _inputGradient);
    }

    /// <summary>The recording forward (it keeps each row's tape) then the backward from those records.</summary>
    [Benchmark]
    public void ForwardBackward_Recorded()
    {
        RecordingForward(_logits, _output);
        BackwardFromRecords(_logits, _gradient, _inputGradient);
    }

    private static void Check(float[] expected, float[] actual, string what)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (Math.Abs(expected[i] - actual[i]) > 1e-5 + (1e-4 * Math.Abs(expected[i])))
            {
                throw new InvalidOperationException($"{what}: entry {i} is {actual[i]}, expected {expected[i]}");
            }
        }
    }
}

/// <summary>Rows of 64.</summary>
public class DerivedBackward64 : DerivedBackwardBenchmarks
{
    private readonly LearnerSoftmax64 _layer = new();
    private readonly float[] _tape = new float[Rows * LearnerSoftmax64.RecordLength];
    private readonly float[] _scratch = new float[LearnerSoftmax64.FromTapeScratchLength];

    /// <inheritdoc/>
    protected override int Cols => 64;

    /// <inheritdoc/>
    protected override void DerivedForward(ReadOnlySpan<float> x, Span<float> y) => _layer.Forward(x, y);

    /// <inheritdoc/>
    protected override void DerivedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => _layer.Backward(x, dy, dx);

    /// <inheritdoc/>
    protected override void RecordingForward(ReadOnlySpan<float> x, Span<float> y) => LearnerSoftmax64.ForwardBatchRecording(x, y, default, _tape);

    /// <inheritdoc/>
    protected override void BackwardFromRecords(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) =>
        LearnerSoftmax64.BackwardBatchFromTape(x, _tape, dy, dx, default, default, _scratch);
}

/// <summary>Rows of 1024.</summary>
public class DerivedBackward1024 : DerivedBackwardBenchmarks
{
    private readonly LearnerSoftmax1024 _layer = new();
    private readonly float[] _tape = new float[Rows * LearnerSoftmax1024.RecordLength];
    private readonly float[] _scratch = new float[LearnerSoftmax1024.FromTapeScratchLength];

    /// <inheritdoc/>
    protected override int Cols => 1024;

    /// <inheritdoc/>
    protected override void DerivedForward(ReadOnlySpan<float> x, Span<float> y) => _layer.Forward(x, y);

    /// <inheritdoc/>
    protected override void DerivedBackward(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) => _layer.Backward(x, dy, dx);

    /// <inheritdoc/>
    protected override void RecordingForward(ReadOnlySpan<float> x, Span<float> y) => LearnerSoftmax1024.ForwardBatchRecording(x, y, default, _tape);

    /// <inheritdoc/>
    protected override void BackwardFromRecords(ReadOnlySpan<float> x, ReadOnlySpan<float> dy, Span<float> dx) =>
        LearnerSoftmax1024.BackwardBatchFromTape(x, _tape, dy, dx, default, default, _scratch);
}
