// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System;
using System.Collections.Generic;
using System.Linq;
using LayerGen.Analyzers;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Inlining of helpers: a static method declared in ForwardRow's file, or a local function of ForwardRow, whose
/// parameters are float, double or int values or spans (bound to views, ForwardRowLowering.Views.cs). When its body is
/// one expression (<c>=&gt; …</c>) or local declarations followed by one <c>return</c>, it is a function of its
/// arguments, so a call is replaced by its returned expression with each parameter and local standing for the
/// expression it is bound to (an argument evaluated twice costs time, never correctness: nothing between binding and
/// use can change it). Any other body (loops, assignments, ifs, returns at the end of if branches) is inlined as
/// statements before the calling statement (ForwardRowLowering.HelperStatements.cs).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private const int MaxInlineDepth = 8;

    private readonly List<InlineFrame> _inlineFrames = [];
    private readonly Dictionary<IMethodSymbol, IBlockOperation> _localFunctions = new(SymbolEqualityComparer.Default);
    private SemanticModel? _semanticModel;

    /// <summary>What the parameters and locals of one helper being inlined stand for.</summary>
    private sealed class InlineFrame(IMethodSymbol method)
    {
        public IMethodSymbol Method { get; } = method;

        public Dictionary<ISymbol, RealExpr> Reals { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ISymbol, IntExpr> Ints { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ISymbol, View> Views { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<ISymbol, TableView> Tables { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>The caller's storage each <c>ref</c>/<c>out</c> parameter is aliased to (ForwardRowLowering.RefParameters.cs).</summary>
        public Dictionary<ISymbol, AssignmentTarget> References { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>True for a helper whose statements are lowered as statements (ForwardRowLowering.HelperStatements.cs).</summary>
        public bool HasStatements { get; init; }
    }

    /// <summary>Remembers ForwardRow's local functions (they may be called before they are declared).</summary>
    private void CollectLocalFunctions(IBlockOperation block)
    {
        _semanticModel = block.SemanticModel;
        foreach (ILocalFunctionOperation local in block.Descendants().OfType<ILocalFunctionOperation>())
        {
            if ((local.Body ?? local.IgnoredBody) is { } body)
            {
                _localFunctions[local.Symbol] = body;
            }
        }
    }

    private bool IsKnownLocalFunction(IMethodSymbol method) => _localFunctions.ContainsKey(method);

    private RealExpr? InlinedReal(ISymbol symbol) =>
        _inlineFrames.Count > 0 && _inlineFrames[_inlineFrames.Count - 1].Reals.TryGetValue(symbol, out RealExpr? value) ? value : null;

    private IntExpr? InlinedInt(ISymbol symbol) =>
        _inlineFrames.Count > 0 && _inlineFrames[_inlineFrames.Count - 1].Ints.TryGetValue(symbol, out IntExpr? value) ? value : null;

    /// <summary>True when <paramref name="symbol"/> is a parameter or local of the helper being inlined (already reported if unbound).</summary>
    private bool IsInlinedSymbol(ISymbol symbol) =>
        _inlineFrames.Count > 0 && SymbolEqualityComparer.Default.Equals(symbol.ContainingSymbol, _inlineFrames[_inlineFrames.Count - 1].Method);

    /// <summary>The returned expression of a helper call, lowered by <paramref name="lowerReturn"/>; null (reported) when not inlinable.</summary>
    private T? Inline<T>(IInvocationOperation invocation, Func<IOperation, T?> lowerReturn)
        where T : class
    {
        IMethodSymbol target = invocation.TargetMethod;
        string why = InlineBlocker(target, out IBlockOperation? body);
        if (why.Length > 0)
        {
            ReportCall(invocation, why);
            return null;
        }

        if (!IsExpressionHelper(body!))
        {
            // Loops, assignments, ifs, early returns: its statements run before the calling statement.
            return InlineStatements(invocation, target, body!) as T;
        }

        var frame = new InlineFrame(target);
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IParameterSymbol? parameter = argument.Parameter;
            if (parameter is null || !Bind(frame, parameter, parameter.Type, argument.Value))
            {
                return null;
            }
        }

        _inlineFrames.Add(frame);
        try
        {
            foreach (IOperation operation in body!.Operations)
            {
                switch (operation)
                {
                    case IVariableDeclarationGroupOperation group:
                        foreach (IVariableDeclaratorOperation declarator in group.Declarations.SelectMany(d => d.Declarators))
                        {
                            IOperation? initializer = declarator.Initializer?.Value ?? declarator.GetVariableInitializer()?.Value;
                            if (declarator.Symbol.IsConst)
                            {
                                continue;
                            }

                            if (initializer is null)
                            {
                                Report(RuleIdentifiers.UnsupportedCall, declarator, "the local '" + declarator.Symbol.Name + "' without an initialiser in the helper '" + target.Name + "'", Supported.Helpers);
                                return null;
                            }

                            if (!Bind(frame, declarator.Symbol, declarator.Symbol.Type, initializer))
                            {
                                return null;
                            }
                        }

                        break;
                    case IReturnOperation { ReturnedValue: { } returned }:
                        return lowerReturn(returned);
                    default:
                        if (operation.Syntax.ContainsDiagnostics || operation.Descendants().Any(d => d is IInvalidOperation))
                        {
                            _broken = true;
                            return null;
                        }

                        // At the statement that stops the inlining: its keyword (for, while…), or the whole expression statement.
                        Report(RuleIdentifiers.UnsupportedCall, operation is IExpressionStatementOperation ? operation.Syntax.GetLocation() : KeywordNode(operation),
                            "'" + Header(operation.Syntax, operation is ILoopOperation loop ? loop.Body : operation.ChildOperations.LastOrDefault()) + "' in the helper '" + target.Name + "'", Supported.Helpers);
                        return null;
                }
            }

            return null; // a body without a return does not compile
        }
        finally
        {
            _inlineFrames.RemoveAt(_inlineFrames.Count - 1);
        }
    }

    /// <summary>Binds a helper parameter or local to the lowered value of <paramref name="value"/> (in the caller's frame for arguments).</summary>
    private bool Bind(InlineFrame frame, ISymbol symbol, ITypeSymbol type, IOperation value)
    {
        if (symbol is IParameterSymbol { RefKind: not RefKind.None } reference)
        {
            return BindReference(frame, reference, value);
        }

        if (RealTypeOf(type) is { } realType)
        {
            if (Real(value) is not { } real)
            {
                return false;
            }

            frame.Reals[symbol] = Coerce(real, realType);
            return true;
        }

        if (IsInteger(type))
        {
            if (Int(value) is not { } integer)
            {
                return false;
            }

            frame.Ints[symbol] = integer;
            return true;
        }

        if (symbol is IParameterSymbol && (SpanElement(type, "ReadOnlySpan") ?? SpanElement(type, "Span")) is not null && ViewOf(value) is { } view)
        {
            frame.Views[symbol] = view;
            return true;
        }

        if (symbol is IParameterSymbol && IsReadOnlySpanType(type) && TableViewOf(value, value) is { } table)
        {
            frame.Tables[symbol] = table; // a constant table passed as a read-only span: its window, no adjoint
            return true;
        }

        if (symbol is IParameterSymbol && IsSpanType(type) && StorageBehind(value) is IFieldReferenceOperation { Field.Type: IArrayTypeSymbol } tableField)
        {
            // A table passed as a writable span: the table is reported once, at this call, saying tables are read-only.
            _ = TableOf(tableField, value);
            _silenced.Add(value);
            return false;
        }

        if (IsPoisoned(value))
        {
            return false;
        }

        string supported = SpanOrArrayElement(type) is { } element && RealTypeOf(element) is null
            ? NonRealElements(element, "span or array in a helper (a constant int table is passed as a ReadOnlySpan<int>)") + "; " + Supported.Helpers
            : Supported.Helpers;
        Report(RuleIdentifiers.UnsupportedCall, value, "the " + (symbol is IParameterSymbol ? "argument" : "local") + " '" + Text(value.Syntax) + "' of type " + type.ToDisplayString() + " in the helper '" + symbol.ContainingSymbol.Name + "'", supported);
        return false;
    }

    /// <summary>Empty when <paramref name="target"/> can be inlined (with its <paramref name="body"/>); otherwise why not.</summary>
    private string InlineBlocker(IMethodSymbol target, out IBlockOperation? body)
    {
        body = null;
        if (SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, _method.OriginalDefinition) ||
            _inlineFrames.Any(f => SymbolEqualityComparer.Default.Equals(f.Method, target)))
        {
            return "recursive";
        }

        if (_inlineFrames.Count >= MaxInlineDepth)
        {
            return "helpers nested more than " + MaxInlineDepth + " deep";
        }

        if (target.IsGenericMethod || target.ReturnsByRef || target.ReturnsByRefReadonly || target.Parameters.Any(p => p.IsParams))
        {
            return "a generic helper, a ref return or a params parameter (helpers take values, spans, and float or double by ref, out or in)";
        }

        if (ReferenceParameterBlocker(target) is { Length: > 0 } reference)
        {
            return reference;
        }

        if (target.MethodKind == MethodKind.LocalFunction)
        {
            return _localFunctions.TryGetValue(target, out body) ? string.Empty : "not a local function of ForwardRow";
        }

        if (!target.IsStatic || target.MethodKind != MethodKind.Ordinary || _semanticModel is null ||
            target.DeclaringSyntaxReferences.Length != 1 || target.DeclaringSyntaxReferences[0].SyntaxTree != _semanticModel.SyntaxTree)
        {
            return string.Empty + "not a static method declared in ForwardRow's file";
        }

        SyntaxNode syntax = target.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        body = _semanticModel.GetOperation(syntax, _cancellationToken) switch
        {
            IMethodBodyOperation method => method.BlockBody ?? method.ExpressionBody,
            _ => null,
        };
        return body is null ? "a method without a body" : string.Empty;
    }
}
