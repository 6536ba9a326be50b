using System.Globalization;
using SoftmaxBugs;

// Three samples whose logits differ by hundreds, as they do late in training.
float[,] logits =
{
    { 2.0f, 1.0f, 0.1f },
    { 150.0f, 151.0f, 149.5f },
    { -300.0f, -299.0f, -301.0f },
};
int rows = logits.GetLength(0), cols = logits.GetLength(1);

var flat = new float[rows * cols];
Buffer.BlockCopy(logits, 0, flat, 0, flat.Length * sizeof(float));
var reference = new float[flat.Length];
LayerGen.Softmax.Forward(flat, reference, cols);

CompareRows("BatchSoftmax.Forward (whole batch)", BatchSoftmax.Forward);
CompareRows("BatchSoftmax.ForwardSharedMax", BatchSoftmax.ForwardSharedMax);
CompareRows("BatchSoftmax.ForwardSharedSum", BatchSoftmax.ForwardSharedSum);

// One row of logits above exp's float range (~88), as an untrained or diverging network produces.
float[] large = { 90.0f, 91.0f, 89.5f };
var naive = new float[large.Length];
NaiveSoftmax.Forward(large, naive);
var stable = new float[large.Length];
LayerGen.Softmax.Forward(large, stable, large.Length);
Console.WriteLine();
Console.WriteLine(
    $"  naive (no max)  {string.Join(" ", naive.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))),-28} ({naive.Sum().ToString("G4", CultureInfo.InvariantCulture)})   " +
    $"{string.Join(" ", stable.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))),-28} ({stable.Sum().ToString("G4", CultureInfo.InvariantCulture)})");

// The same row through a log-softmax without a maximum: -Infinity everywhere until the fix adds the maximum back.
var naiveLog = new float[large.Length];
NaiveLogSoftmax.Forward(large, naiveLog);
var stableLog = new float[large.Length];
LayerGen.LogSoftmax.Forward(large, stableLog, large.Length);
Console.WriteLine(
    $"  log (no max)    {string.Join(" ", naiveLog.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))),-28}         " +
    $"{string.Join(" ", stableLog.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))),-28}" +
    (naiveLog.Zip(stableLog).All(pair => MathF.Abs(pair.First - pair.Second) <= 1e-5f) ? "" : "  MISMATCH"));

// The loss and the backward passes of OutputLayers.cs against the runtime. In the loss batch, row 2's label is 120
// below its row's maximum: its probability, e^-120, underflows to 0 in float.
float[,] lossLogits =
{
    { 2.0f, 1.0f, 0.1f },
    { 150.0f, 151.0f, 149.5f },
    { 40.0f, -80.0f, -70.0f },
};
int[] labels = { 0, 1, 1 };
var lossFlat = new float[rows * cols];
Buffer.BlockCopy(lossLogits, 0, lossFlat, 0, lossFlat.Length * sizeof(float));
float[] dyFlat = { 0.1f, -0.2f, 0.3f, -0.05f, 0.25f, 0.1f, 0.2f, 0.1f, -0.3f };
var dy = new float[rows, cols];
Buffer.BlockCopy(dyFlat, 0, dy, 0, dyFlat.Length * sizeof(float));
var softmax = new float[flat.Length];
LayerGen.Softmax.Forward(flat, softmax, cols);
var expectedGradient = new float[flat.Length];
LayerGen.Softmax.Backward(softmax, dyFlat, expectedGradient, cols);

float mineLoss = CrossEntropyLoss.Mean(lossLogits, labels);
float theirLoss = LayerGen.CrossEntropy.FromLogits(lossFlat, labels, Span<float>.Empty, cols);
Console.WriteLine();
Console.WriteLine(
    $"loss: hand-written {Show(mineLoss)}, LayerGen.CrossEntropy.FromLogits {Show(theirLoss)}" +
    (MathF.Abs(mineLoss - theirLoss) <= 1e-3f * MathF.Max(1, MathF.Abs(theirLoss)) ? "" : "  MISMATCH"));

var jacobianLayer = new JacobianSoftmaxLayer();
jacobianLayer.Forward(logits);
Report("backward through the n×n Jacobian", jacobianLayer.Backward(dy));

var diagonalLayer = new DiagonalSoftmaxLayer();
diagonalLayer.Forward(logits);
Report("backward as dy ⊙ y(1 - y)", diagonalLayer.Backward(dy));

Console.WriteLine();
Console.WriteLine("Build shows LG0001/LG0002 on BatchSoftmax.cs, LG0003 on NaiveSoftmax.cs (softmax and log-softmax) and LG0005/LG0006/LG0007 on OutputLayers.cs;");
Console.WriteLine("the IDE suggests LG0008 on BatchSoftmax.Forward (one softmax over the whole batch). `dotnet format analyzers");
Console.WriteLine("--diagnostics LG0001 LG0002 LG0003 LG0005 LG0006 LG0007 LG0008 --severity info` fixes all seven.");

void CompareRows(string name, Action<float[,], float[,]> softmax)
{
    var probabilities = new float[rows, cols];
    softmax(logits, probabilities);
    Console.WriteLine();
    Console.WriteLine($"row  {name,-38} LayerGen.Softmax.Forward (sum)");
    for (int i = 0; i < rows; i++)
    {
        float mine = 0, theirs = 0;
        bool matches = true;
        var left = new List<string>();
        var right = new List<string>();
        for (int j = 0; j < cols; j++)
        {
            matches &= MathF.Abs(probabilities[i, j] - reference[i * cols + j]) <= 1e-6f;
            mine += probabilities[i, j];
            theirs += reference[i * cols + j];
            left.Add(probabilities[i, j].ToString("G4", CultureInfo.InvariantCulture));
            right.Add(reference[i * cols + j].ToString("G4", CultureInfo.InvariantCulture));
        }

        Console.WriteLine(
            $"{i,3}  {string.Join(" ", left),-28} ({mine.ToString("G4", CultureInfo.InvariantCulture)})   " +
            $"{string.Join(" ", right),-28} ({theirs.ToString("G4", CultureInfo.InvariantCulture)})" +
            (matches ? "" : "  MISMATCH"));
    }
}

void Report(string what, float[,] gradient)
{
    float worst = 0;
    for (int k = 0; k < expectedGradient.Length; k++)
    {
        worst = MathF.Max(worst, MathF.Abs(gradient[k / cols, k % cols] - expectedGradient[k]));
    }

    Console.WriteLine(
        $"{what}: max |dx - LayerGen.Softmax.Backward| = {worst.ToString("G3", CultureInfo.InvariantCulture)}" +
        (worst <= 1e-6f ? "" : "  MISMATCH"));
}

static string Show(float value) => value.ToString("G6", CultureInfo.InvariantCulture);
