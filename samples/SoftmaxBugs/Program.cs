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

var probabilities = new float[rows, cols];
BatchSoftmax.Forward(logits, probabilities);

var flat = new float[rows * cols];
Buffer.BlockCopy(logits, 0, flat, 0, flat.Length * sizeof(float));
var reference = new float[flat.Length];
LayerGen.Softmax.Forward(flat, reference, cols);

Console.WriteLine("row  hand-written softmax (sum)              LayerGen.Softmax.Forward (sum)");
for (int i = 0; i < rows; i++)
{
    float mine = 0, theirs = 0;
    var left = new List<string>();
    var right = new List<string>();
    for (int j = 0; j < cols; j++)
    {
        mine += probabilities[i, j];
        theirs += reference[i * cols + j];
        left.Add(probabilities[i, j].ToString("G4", CultureInfo.InvariantCulture));
        right.Add(reference[i * cols + j].ToString("G4", CultureInfo.InvariantCulture));
    }

    Console.WriteLine(
        $"{i,3}  {string.Join(" ", left),-28} ({mine.ToString("G4", CultureInfo.InvariantCulture)})   " +
        $"{string.Join(" ", right),-28} ({theirs.ToString("G4", CultureInfo.InvariantCulture)})");
}

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

Console.WriteLine();
Console.WriteLine("Build shows LG0001/LG0002 on BatchSoftmax.cs and LG0003 on NaiveSoftmax.cs;");
Console.WriteLine("`dotnet format analyzers --diagnostics LG0001 LG0002 LG0003` fixes all three.");
